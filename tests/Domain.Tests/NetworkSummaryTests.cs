using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Tests;

public sealed class NetworkSummaryTests
{
    private static readonly AreaId Area = new("GM9999", "N");
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void CountsKindsNewcomersDormantAndIsolatedMembers()
    {
        var newcomer = Member("Nieuw", MemberKind.Initiative, joinedOn: new DateOnly(2026, 10, 1));
        var active = Member("Actief", MemberKind.Partner, joinedOn: new DateOnly(2020, 1, 1));
        var dormant = Member("Slapend", MemberKind.Person, joinedOn: new DateOnly(2021, 1, 1));
        var alone = Member("Alleen", MemberKind.Initiative, joinedOn: new DateOnly(2026, 9, 30));
        var outsider = new MemberId(Area, new string('f', 32));
        var view = new NetworkView(
            [newcomer, active, dormant, alone],
            [
                Tie(newcomer.Id, active.Id, lastContact: new DateOnly(2026, 11, 1)),
                Tie(dormant.Id, outsider, lastContact: new DateOnly(2026, 5, 27)),
            ]);

        var summary = NetworkSummary.Of(view, Today);

        Assert.Equal(4, summary.Members);
        Assert.Equal(2, summary.ByKind[MemberKind.Initiative]);
        Assert.Equal(1, summary.ByKind[MemberKind.Partner]);
        Assert.Equal(1, summary.ByKind[MemberKind.Person]);
        Assert.Equal(1, summary.NewThisQuarter);
        Assert.Equal(1, summary.Dormant);
        Assert.Equal(1, summary.Isolated);
    }

    [Fact]
    public void AContactSixMonthsAgoToTheDayIsNotYetDormant()
    {
        var member = Member("Grens", MemberKind.Partner, joinedOn: new DateOnly(2020, 1, 1));
        var other = Member("Ander", MemberKind.Partner, joinedOn: new DateOnly(2020, 1, 1));
        var view = new NetworkView([member, other], [Tie(member.Id, other.Id, lastContact: new DateOnly(2026, 5, 28))]);

        Assert.Equal(0, NetworkSummary.Of(view, Today).Dormant);
    }

    private static Member Member(string name, MemberKind kind, DateOnly joinedOn)
    {
        var id = new MemberId(Area, Guid.NewGuid().ToString("N"));
        return kind switch
        {
            MemberKind.Initiative => new Initiative { Id = id, Name = name, Districts = ["WK999901"], JoinedOn = joinedOn },
            MemberKind.Partner => new Partner { Id = id, Name = name, Districts = ["WK999901"], JoinedOn = joinedOn, PartnerKind = PartnerKind.School },
            _ => new Person { Id = id, Name = name, Districts = ["WK999901"], JoinedOn = joinedOn, Roles = [PersonRole.Resident] },
        };
    }

    private static Tie Tie(MemberId from, MemberId to, DateOnly lastContact) =>
        new() { From = from, To = to, Type = TieType.WorksWith, Since = new DateOnly(2019, 1, 1), LastContactOn = lastContact };
}
