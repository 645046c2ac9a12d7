using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.Notifications.Resources;

namespace Wijkverbinder.Notifications.Cards;

/// <summary>
/// The referral as a card, in the current UI culture. Everyone involved sees the same facts and history; only the
/// person who may act gets the buttons (<see cref="ReferralLifecycle.ActionsFor"/>), and the card refreshes
/// (Universal Actions) so each viewer always sees the current status. User text goes into text blocks as it is:
/// cards render no HTML.
/// </summary>
public sealed partial class ReferralCards(IStringLocalizer<CardTexts> text, TimeProvider clock) : INotificationCards
{
    /// <summary>Times on cards are Dutch time, whatever the server's zone (App Service runs on UTC).</summary>
    private static readonly TimeZoneInfo Dutch = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The history lines a card shows; the full history is in the tab and the API.</summary>
    public const int HistoryLines = 5;

    public AdaptiveCard ForViewer(
        ReferralView view,
        Colleague viewer,
        IReadOnlyList<Colleague> forwardTargets,
        IReadOnlyList<string> refreshUserIds,
        string? problem = null) =>
        Build(view, viewer, forwardTargets, refreshUserIds, lead: null, problem);

    public AdaptiveCard ForNotification(
        ReferralView view,
        Colleague recipient,
        NotificationPurpose purpose,
        IReadOnlyList<Colleague> forwardTargets,
        IReadOnlyList<string> refreshUserIds) =>
        Build(view, recipient, forwardTargets, refreshUserIds, Lead(view, purpose), problem: null);

    private AdaptiveCard Build(
        ReferralView view,
        Colleague viewer,
        IReadOnlyList<Colleague> forwardTargets,
        IReadOnlyList<string> refreshUserIds,
        string? lead,
        string? problem)
    {
        var referral = view.Referral;
        var title = text["Card.Title", referral.Summary].Value;
        var body = new List<CardElement>();
        if (problem is not null)
        {
            body.Add(new TextBlock { Text = problem, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        if (lead is not null)
        {
            body.Add(new TextBlock { Text = lead, Wrap = true, Color = TextColor.Accent, Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock { Text = title, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true });
        body.Add(Facts(view));
        body.AddRange(Section("Section.Details", referral.Details));
        body.AddRange(Section("Section.Question", referral.Status == ReferralStatus.InformationRequested ? referral.OpenQuestion : null));
        body.AddRange(Section("Section.DeclineReason", referral.DeclineReason));
        body.AddRange(Section("Section.Outcome", referral.Outcome));
        body.Add(History(view));
        body.Add(new TextBlock { Text = text["Card.Privacy"], Wrap = true, IsSubtle = true, Size = TextSize.Small });

        return new AdaptiveCard
        {
            Body = body,
            Actions = [.. Actions(referral, viewer, forwardTargets) ?? [], new OpenUrlAction { Title = text["Action.Open"], Url = view.OpenInTeams }],
            FallbackText = title,
            Refresh = refreshUserIds.Count == 0
                ? null
                : new Refresh { Action = Execute("Card.Title", ReferralVerbs.Refresh, referral.Id, referral.Summary), UserIds = refreshUserIds.Take(Refresh.MaxUserIds).ToList() },
        };
    }

    private string Lead(ReferralView view, NotificationPurpose purpose)
    {
        var due = Date(view.Referral.DueDate);
        return purpose switch
        {
            NotificationPurpose.NewRequest => text["Purpose.NewRequest"],
            NotificationPurpose.QuestionForReferrer => text["Purpose.QuestionForReferrer"],
            NotificationPurpose.Reminder => text["Purpose.Reminder", due],
            NotificationPurpose.Escalation => text["Purpose.Escalation", due],
            _ => text["Purpose.StatusUpdate", view.History.Count > 0 ? EventText(view, view.History[^1]) : Status(view.Referral.Status)],
        };
    }

    private FactSet Facts(ReferralView view)
    {
        var r = view.Referral;
        var today = DutchTime.Today(clock);
        var facts = new List<Fact>
        {
            new(text["Fact.Subject"], text["Subject." + r.Subject]),
            new(text["Fact.Status"], Status(r.Status)),
            new(text["Fact.Urgency"], text["Urgency." + r.Urgency]),
            new(text["Fact.DueDate"], r.IsOverdue(today) ? text["Fact.Overdue", Date(r.DueDate)] : Date(r.DueDate)),
            new(text["Fact.District"], view.DistrictName),
            new(text["Fact.Theme"], view.ThemeName),
        };
        if (view.InitiativeName is { } initiative)
        {
            facts.Add(new(text["Fact.Initiative"], initiative));
        }

        facts.Add(new(text["Fact.Referrer"], view.NameOf(r.Referrer)));
        facts.Add(new(text["Fact.Receiver"], view.NameOf(r.Receiver)));
        return new FactSet { Facts = facts };
    }

    private IEnumerable<CardElement> Section(string titleKey, string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            yield break;
        }

        yield return new TextBlock { Text = text[titleKey], Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };
        yield return new TextBlock { Text = content, Wrap = true };
    }

    private Container History(ReferralView view) => new()
    {
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = text["Section.History"], Weight = TextWeight.Bolder, Wrap = true },
            .. view.History.TakeLast(HistoryLines).Select(e => new TextBlock
            {
                Text = $"{TimeZoneInfo.ConvertTime(e.At, Dutch).ToString("g", CultureInfo.CurrentCulture)} · {(e.Actor is null ? text["History.System"].Value : view.NameOf(e.Actor))} · {EventText(view, e)}",
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.None,
            }),
        ],
    };

    private string EventText(ReferralView view, ReferralEvent e) =>
        e.Kind == ReferralEventKind.Forwarded ? text["Event.Forwarded", view.NameOf(e.Receiver)] : text["Event." + e.Kind];

    private string Status(ReferralStatus status) => text["Status." + status];

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private ExecuteAction Execute(
        string titleKey,
        string verb,
        ReferralId id,
        string? argument = null,
        ActionStyle? style = null,
        AssociatedInputs? inputs = null) => new()
    {
        Title = argument is null ? text[titleKey] : text[titleKey, argument],
        Verb = verb,
        Data = new JsonObject { [ReferralVerbs.ReferralIdField] = id.ToString() },
        Style = style,
        AssociatedInputs = inputs,
    };
}
