using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using static Wijkverbinder.Domain.Tests.Meetings.MeetingSamples;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Meetings;

public sealed class InviteeSuggestionsTests
{
    private static readonly DateOnly Day = Today;

    private static readonly MemberId Voedselbank = Member("00000000000000000000000000000001");
    private static readonly MemberId Kroon = Member("00000000000000000000000000000002");
    private static readonly MemberId Moestuin = Member("00000000000000000000000000000003");
    private static readonly MemberId Sport = Member("00000000000000000000000000000004");
    private static readonly MemberId Anna = Member("00000000000000000000000000000005");
    private static readonly MemberId Elders = Member("00000000000000000000000000000006");

    private static readonly NetworkView Network = new(
        [
            new Partner { Id = Voedselbank, Name = "Voedselbank", Districts = [HomeDistrict], Themes = ["armoede"], JoinedOn = Day.AddYears(-3), PartnerKind = PartnerKind.WelfareOrganisation },
            new Initiative { Id = Kroon, Name = "Buurtkamer De Kroon", Districts = [HomeDistrict], Themes = ["armoede", "meedoen"], JoinedOn = Day.AddMonths(-2) },
            new Initiative { Id = Moestuin, Name = "Moestuin", Districts = [HomeDistrict], Themes = ["meedoen"], JoinedOn = Day.AddYears(-2) },
            new Initiative { Id = Sport, Name = "Avondsport", Districts = [HomeDistrict], Themes = ["armoede"], JoinedOn = Day.AddYears(-2) },
            new Person { Id = Anna, Name = "Anna de Vries", Districts = [HomeDistrict], Themes = ["armoede"], JoinedOn = Day.AddYears(-4), Roles = [PersonRole.Resident] },
            new Initiative { Id = Elders, Name = "Elders", Districts = ["WK020202"], Themes = ["armoede"], JoinedOn = Day.AddYears(-2) },
        ],
        [
            new Tie { From = Voedselbank, To = Anna, Type = TieType.MetAt, Since = Day.AddYears(-2), LastContactOn = Day.AddMonths(-3) },
            new Tie { From = Sport, To = Voedselbank, Type = TieType.WorksWith, Since = Day.AddYears(-2), LastContactOn = Day.AddDays(-5) },
            new Tie { From = Kroon, To = Sport, Type = TieType.MetAt, Since = Day.AddYears(-2), LastContactOn = Day.AddMonths(-13) },
        ]);

    [Fact]
    public void EveryoneOnTheThemesInTheDistrictIsSuggestedGroupedByKindAndName()
    {
        var suggested = InviteeSuggestions.For(Network, [HomeDistrict], ["armoede"], Day);

        Assert.Equal(
            [
                ("Avondsport", MemberKind.Initiative, false, true),
                ("Buurtkamer De Kroon", MemberKind.Initiative, true, true),
                ("Voedselbank", MemberKind.Partner, false, false),
                ("Anna de Vries", MemberKind.Person, false, false),
            ],
            suggested.Select(s => (s.Name, s.Kind, s.IsNew, s.NotMetLastYear)));
    }

    [Fact]
    public void AMeetingWithoutThemesSuggestsTheWholeNetworkOfItsDistricts()
    {
        var suggested = InviteeSuggestions.For(Network, [HomeDistrict, "WK020202"], [], Day);

        Assert.Equal(6, suggested.Count);
        Assert.Contains(suggested, s => s.Id == Elders);
    }
}
