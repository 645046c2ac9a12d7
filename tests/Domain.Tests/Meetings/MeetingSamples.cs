using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Tests.Referrals;

namespace Wijkverbinder.Domain.Tests.Meetings;

/// <summary>Meetings, members and colleagues for the domain tests, in the municipality of <see cref="ReferralSamples"/>.</summary>
internal static class MeetingSamples
{
    public static readonly DateTimeOffset Now = ReferralSamples.Now;

    public static readonly Colleague Organiser = ReferralSamples.Referrer;
    public static readonly Colleague Invited = ReferralSamples.Specialist;
    public static readonly Colleague Outsider = ReferralSamples.Outsider;

    public static readonly Colleague Manager = ReferralSamples.Outsider with
    {
        Id = new ColleagueId("00000000-0000-0000-0000-000000000009"),
        Roles = [AppRole.DistrictManager],
        Districts = [ReferralSamples.HomeDistrict],
    };

    public static readonly MemberId Buurthuis = Member("0000000000000000000000000000000a");
    public static readonly MemberId Moestuin = Member("0000000000000000000000000000000b");
    public static readonly MemberId Bewoner = Member("0000000000000000000000000000000c");

    public static readonly IReadOnlySet<InviteeRef> Known = new HashSet<InviteeRef>
    {
        InviteeRef.For(Buurthuis), InviteeRef.For(Moestuin), InviteeRef.For(Bewoner), InviteeRef.For(Invited.Id), InviteeRef.For(Organiser.Id),
    };

    public static MemberId Member(string local) => new(ReferralSamples.AreaA, local);

    public static MeetingDraft PlanDraft() => new()
    {
        Kind = MeetingKind.ThemeMeeting,
        Title = "Armoede in de wijk",
        Scope = ReferralSamples.HomeDistrict,
        Themes = ["armoede"],
        Start = Now.AddDays(7),
        End = Now.AddDays(7).AddHours(2),
        Location = "Buurthuis De Kroon",
        Agenda = "1. Welkom 2. Wat speelt er",
        Invitees = [InviteeRef.For(Buurthuis), InviteeRef.For(Moestuin), InviteeRef.For(Invited.Id)],
    };

    public static Meeting Meeting(MeetingStatus status = MeetingStatus.Planned, MeetingKind kind = MeetingKind.ThemeMeeting) => new()
    {
        Id = new MeetingId("GM0202", "0123456789abcdef0123456789abcdef"),
        Kind = kind,
        Title = "Armoede in de wijk",
        Scope = ReferralSamples.HomeDistrict,
        Districts = [ReferralSamples.HomeDistrict],
        Themes = ["armoede"],
        Start = Now.AddDays(-1),
        End = Now.AddDays(-1).AddHours(2),
        Location = "Buurthuis De Kroon",
        Organiser = Organiser.Id,
        Invitees = [new(InviteeRef.For(Buurthuis)), new(InviteeRef.For(Moestuin)), new(InviteeRef.For(Invited.Id)), new(InviteeRef.For(ReferralSamples.WijkteamMember.Id))],
        Status = status,
        CreatedAt = Now.AddDays(-10),
        UpdatedAt = Now.AddDays(-10),
        LastSequence = 2,
        Version = "v1",
    };

    /// <summary>A held meeting where both members, the invited colleague and the wijkteam member attended.</summary>
    public static Meeting Held(MeetingKind kind = MeetingKind.ThemeMeeting)
    {
        var planned = Meeting(MeetingStatus.Planned, kind);
        return planned with { Status = MeetingStatus.Held, Invitees = [.. planned.Invitees.Select(i => i with { Attended = true })] };
    }
}
