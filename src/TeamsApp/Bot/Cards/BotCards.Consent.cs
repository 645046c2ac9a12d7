using System.Globalization;
using System.Text.Json.Nodes;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>"Toestemming": the user's own entries in the network and their opt-in to show their contact details.</summary>
public sealed partial class BotCards
{
    /// <summary>At most this many entries get a button on the card; more than one is rare.</summary>
    public const int MaxConsentEntries = 4;

    /// <summary>The entries whose e-mail address is the user's work mail, each with a button to give or withdraw the opt-in.</summary>
    public AdaptiveCard Consent(Municipality municipality, IReadOnlyList<Person> mine, string? outcome = null, IReadOnlyList<string>? problems = null)
    {
        var body = new List<CardElement> { Title(text["Consent.Title"]), Paragraph(text["Consent.Intro"]) };
        body.AddRange(Problems(problems ?? []));
        if (outcome is not null)
        {
            body.Add(new TextBlock { Text = outcome, Wrap = true, Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (mine.Count == 0)
        {
            body.Add(Paragraph(text["Consent.None"]));
        }

        var actions = new List<CardAction>();
        foreach (var person in mine)
        {
            var area = municipality.FindArea(person.Id.Area)?.Name ?? person.Id.Area.ToString();
            var state = person.ShowContactDetails
                ? text["Consent.Shown", person.ConsentRecordedOn?.ToString("d", CultureInfo.CurrentCulture) ?? "-"]
                : text["Consent.Hidden"];
            body.Add(new Container
            {
                Separator = true,
                Items = [new TextBlock { Text = text["Consent.Entry", person.Name, area], Wrap = true, Weight = TextWeight.Bolder }, Paragraph(state)],
            });

            // Teams shows a handful of card buttons; one per entry is enough (most people have one entry).
            var data = new JsonObject { [BotInputs.Member] = person.Id.ToString() };
            if (actions.Count < MaxConsentEntries)
            {
                actions.Add(person.ShowContactDetails
                    ? Execute("Consent.Withdraw", BotVerbs.WithdrawConsent, data, person.Name)
                    : Execute("Consent.Give", BotVerbs.GiveConsent, data, person.Name));
            }
        }

        actions.Add(Execute("Action.Help", BotVerbs.Help));
        return Card(text["Consent.Title"], body, actions);
    }

    private ExecuteAction Execute(string titleKey, string verb, JsonObject data, string argument) =>
        new() { Title = text[titleKey, argument], Verb = verb, Data = data };
}
