using System.Globalization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>Domain to response shapes.</summary>
internal static class ReferralResponses
{
    public static ReferralResponse Referral(Referral r, IReadOnlyList<ReferralEvent>? history = null) => new()
    {
        Id = r.Id.ToString(),
        Subject = r.Subject.ToString(),
        Initiative = r.Initiative?.ToString(),
        Summary = r.Summary,
        Details = r.Details,
        District = r.District,
        Theme = r.Theme,
        Urgency = r.Urgency.ToString(),
        Referrer = r.Referrer.Value,
        ReferrerTeam = r.ReferrerTeam?.Value,
        Receiver = r.Receiver.Value,
        DueDate = Date(r.DueDate),
        Status = r.Status.ToString(),
        ContainsPersonalData = r.ContainsPersonalData,
        Consent = r.Consent is { } c ? new ConsentResponse(c.GivenTo, Date(c.GivenOn), c.ForReceiver.Value) : null,
        OpenQuestion = r.OpenQuestion,
        DeclineReason = r.DeclineReason,
        Outcome = r.Outcome,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        Version = r.Version,
        History = history?.Select(Event).ToList(),
    };

    public static ReferralEventResponse Event(ReferralEvent e) =>
        new(e.Sequence, e.Kind.ToString(), e.Actor?.Value, e.At, e.StatusAfter.ToString(), e.Text, e.Receiver?.Value);

    public static RoutingRuleResponse Rule(RoutingRule rule) => new(rule.Theme, rule.Scope, rule.Receiver.Value);

    public static ColleagueResponse Colleague(Colleague c) => new(
        c.Id.Value,
        c.Kind.ToString(),
        c.Name,
        c.Mail,
        c.Roles.Select(r => r.ToString()).ToList(),
        c.Districts,
        c.Teams.Select(t => t.Value).ToList(),
        c.Locale);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
