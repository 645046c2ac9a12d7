using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>Referral views built by hand for the composer: a referrer, a receiver, a forward target, a manager.</summary>
internal sealed class MailTestReferrals
{
    public static readonly ReferralId Id = new("GM0202", "0197c2aa00000000000000000000beef");

    public static readonly Uri Link = new("https://teams.microsoft.com/l/entity/app-id/referrals?context=%7B%22subEntityId%22%3A%22GM0202.R.x%22%7D&x=1");

    public string Summary { get; init; } = "Moestuin zoekt vrijwilligers";

    public string Details { get; init; } = "Twee bewoners willen helpen.\nBel eerst het buurtcentrum.";

    public string ReferrerName { get; init; } = "Sanne de Vries";

    public string ReceiverName { get; init; } = "Wijkteam Presikhaaf";

    public string ForwardName { get; init; } = "Ahmed Yilmaz";

    public string ManagerName { get; init; } = "Petra Jansen";

    public string DistrictName { get; init; } = "Presikhaaf-West";

    public string ThemeName { get; init; } = "Ontmoeting";

    public string InitiativeName { get; init; } = "Moestuin De Eikenhof";

    public static ColleagueId Referrer { get; } = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static ColleagueId Receiver { get; } = new("team-presikhaaf");

    public static ColleagueId ForwardTarget { get; } = new("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static ColleagueId Manager { get; } = new("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    public Colleague Colleague(ColleagueId id, string locale = "nl") => new()
    {
        Id = id,
        Kind = id.IsTeam ? ColleagueKind.Team : ColleagueKind.Person,
        Name = id == Referrer ? ReferrerName : id == Receiver ? ReceiverName : id == ForwardTarget ? ForwardName : ManagerName,
        Mail = $"{id.Value}@arnhem.example",
        Roles = [],
        Districts = ["WK020201"],
        Locale = locale,
    };

    /// <summary>A referral whose last event is <paramref name="kind"/> (by the receiver) with <paramref name="text"/>.</summary>
    public ReferralView View(ReferralEventKind kind, string? text = null, ReferralStatus? status = null)
    {
        var created = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);
        var history = new List<ReferralEvent>
        {
            new() { Sequence = 1, Kind = ReferralEventKind.Created, Actor = Referrer, At = created, StatusAfter = ReferralStatus.New },
            new() { Sequence = 2, Kind = ReferralEventKind.Sent, At = created, StatusAfter = ReferralStatus.Sent },
        };
        var after = status ?? kind switch
        {
            ReferralEventKind.Accepted or ReferralEventKind.InformationProvided => ReferralStatus.Accepted,
            ReferralEventKind.Declined => ReferralStatus.Declined,
            ReferralEventKind.Forwarded => ReferralStatus.Forwarded,
            ReferralEventKind.InformationRequested => ReferralStatus.InformationRequested,
            ReferralEventKind.Completed => ReferralStatus.Completed,
            _ => ReferralStatus.Sent,
        };
        if (kind is not (ReferralEventKind.Created or ReferralEventKind.Sent))
        {
            history.Add(new()
            {
                Sequence = 3,
                Kind = kind,
                Actor = kind is ReferralEventKind.InformationProvided ? Referrer : kind is ReferralEventKind.Reminded or ReferralEventKind.Escalated ? null : Receiver,
                At = created.AddHours(26),
                StatusAfter = after,
                Text = text,
                Receiver = kind == ReferralEventKind.Forwarded ? ForwardTarget : null,
            });
        }

        var referral = new Referral
        {
            Id = Id,
            Subject = SubjectKind.Initiative,
            Summary = Summary,
            Details = Details,
            District = "WK020201",
            Theme = "ontmoeting",
            Urgency = Urgency.Urgent,
            Referrer = Referrer,
            Receiver = kind == ReferralEventKind.Forwarded ? ForwardTarget : Receiver,
            DueDate = new DateOnly(2026, 12, 15),
            Status = after,
            DeclineReason = kind == ReferralEventKind.Declined ? text : null,
            OpenQuestion = kind == ReferralEventKind.InformationRequested ? text : null,
            Outcome = kind == ReferralEventKind.Completed ? text : null,
            CreatedAt = created,
            UpdatedAt = created.AddHours(26),
            LastSequence = history.Count,
        };
        var colleagues = new[] { Referrer, Receiver, ForwardTarget, Manager }.ToDictionary(id => id, id => Colleague(id));
        return new ReferralView(new ReferralRecord(referral, history), DistrictName, ThemeName, InitiativeName, colleagues, Link);
    }
}
