using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The register and find forms, and the cards that answer them.</summary>
public sealed partial class BotCards
{
    /// <summary>The register form; after a refusal it comes back filled in, with the reasons on top.</summary>
    public AdaptiveCard RegisterForm(Municipality municipality, RegisterValues values, IReadOnlyList<string> problems) => Card(
        text["Register.Title"],
        [
            Title(text["Register.Title"]),
            new TextBlock { Text = text["Register.Privacy"], Wrap = true, IsSubtle = true },
            .. problems.Count == 0 ? [] : Problems([text["Register.Fix"], .. problems]),
            new TextInput
            {
                Id = BotInputs.Name, Label = text["Register.Name.Label"], Placeholder = text["Register.Name.Placeholder"],
                IsRequired = true, ErrorMessage = text["Register.Name.Error"], MaxLength = NetworkLimits.NameLength, Value = values.Name,
            },
            DistrictInput(municipality, values.District, "Register.District"),
            new ChoiceSetInput
            {
                Id = BotInputs.Themes, Label = text["Register.Themes.Label"], IsMultiSelect = true,
                Choices = municipality.Themes.Select(t => new Choice(t.Name, t.Id)).ToList(), Value = values.Themes,
            },
            new TextInput
            {
                Id = BotInputs.Initiator, Label = text["Register.Initiator.Label"], Placeholder = text["Register.Initiator.Placeholder"],
                MaxLength = NetworkLimits.NameLength, Value = values.Initiator,
            },
            new TextInput
            {
                Id = BotInputs.Description, Label = text["Register.Description.Label"], Placeholder = text["Register.Description.Placeholder"],
                IsMultiline = true, MaxLength = NetworkLimits.DescriptionLength, Value = values.Description,
            },
        ],
        [Execute("Register.Submit", BotVerbs.Register)]);

    public AdaptiveCard Registered(Initiative initiative, District district) => Card(
        text["Register.Done.Title"],
        [Title(text["Register.Done.Title"]), Paragraph(text["Register.Done.Text", initiative.Name, district.Name])],
        MainActions());

    public AdaptiveCard FindForm(Municipality municipality, string? district = null) => Card(
        text["Find.Title"],
        [
            Title(text["Find.Title"]),
            DistrictInput(municipality, district, "Find.District"),
            new ChoiceSetInput
            {
                Id = BotInputs.Theme, Label = text["Find.Theme.Label"],
                Choices = municipality.Themes.Select(t => new Choice(t.Name, t.Id)).ToList(),
            },
        ],
        [Execute("Find.Submit", BotVerbs.Find)]);

    /// <summary>Initiatives and partners of a district (on a theme, if given), the first <see cref="MaxResults"/>.</summary>
    public AdaptiveCard FindResults(District district, Theme? theme, IReadOnlyList<Member> found)
    {
        var title = text["Find.Results.Title", district.Name];
        var body = new List<CardElement> { Title(title) };
        if (theme is not null)
        {
            body.Add(new TextBlock { Text = text["Find.Results.Theme", theme.Name], Wrap = true, IsSubtle = true });
        }

        if (found.Count == 0)
        {
            body.Add(Paragraph(text["Find.Results.None"]));
        }
        else
        {
            body.Add(new FactSet { Facts = found.Take(MaxResults).Select(m => new Fact(m.Name, text[$"Kind.{m.Kind}"])).ToList() });
        }

        if (found.Count > MaxResults)
        {
            body.Add(new TextBlock { Text = text["Find.Results.More", found.Count - MaxResults], IsSubtle = true, Wrap = true });
        }

        var initiatives = found.OfType<Initiative>().Take(MaxResults).ToList();
        if (initiatives.Count == 0)
        {
            return Card(title, body, [Execute("Action.Find", BotVerbs.ShowFind), Execute("Action.Register", BotVerbs.ShowRegister)]);
        }

        // Refer one of the initiatives found: the form opens with it, the district and the theme filled in.
        body.Add(new ChoiceSetInput
        {
            Id = ReferralFormInputs.Initiative,
            Label = text["Find.Refer.Label"],
            Style = ChoiceInputStyle.Filtered,
            Choices = initiatives.Select(i => new Choice(i.Name, i.Id.ToString())).ToList(),
        });
        var data = new System.Text.Json.Nodes.JsonObject { [BotInputs.District] = district.Code, [BotInputs.Theme] = theme?.Id };
        return Card(title, body, [Execute("Find.Refer", BotVerbs.ShowReferStart, data), Execute("Action.Find", BotVerbs.ShowFind), Execute("Action.Register", BotVerbs.ShowRegister)]);
    }
}
