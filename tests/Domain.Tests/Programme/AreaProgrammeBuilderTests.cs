using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Programme;

/// <summary>Per theme its goals and initiatives, and the consent rule for an initiative's contact person.</summary>
public sealed class AreaProgrammeBuilderTests
{
    private static readonly DateOnly Joined = new(2025, 1, 1);
    private static readonly MemberId Garden = new(AreaA, "garden");
    private static readonly MemberId Meals = new(AreaA, "meals");
    private static readonly MemberId Far = new(new AreaId("GM0202", "B"), "far");
    private static readonly MemberId Ida = new(AreaA, "ida");

    [Fact]
    public void EachThemeListsItsGoalsAndTheInitiativesOfTheAreaOnThatTheme()
    {
        var programme = Build(Contact(show: true, recorded: true));

        Assert.Equal(["armoede", "meedoen"], programme.Themes.Select(t => t.Theme.Id));
        var meedoen = programme.Themes.Single(t => t.Theme.Id == "meedoen");
        Assert.Equal(["Iedereen doet mee"], meedoen.Goals);
        Assert.Equal("v1", meedoen.GoalsVersion);
        Assert.Equal(["Buurtmaaltijd", "Moestuin"], meedoen.Initiatives.Select(i => i.Name));
        Assert.Empty(programme.Themes.Single(t => t.Theme.Id == "armoede").Goals);
        Assert.Equal(["Buurtmaaltijd"], programme.Themes.Single(t => t.Theme.Id == "armoede").Initiatives.Select(i => i.Name));
    }

    [Fact]
    public void TheContactPersonIsShownOnlyWithARecordedOptIn()
    {
        var shown = Initiative(Build(Contact(show: true, recorded: true)), Garden).Contact;
        var withdrawn = Initiative(Build(Contact(show: false, recorded: true)), Garden).Contact;
        var neverRecorded = Initiative(Build(Contact(show: true, recorded: false)), Garden).Contact;

        Assert.Equal(new ContactPerson("Ida de Vries", "ida@example.org", "06 1234 5678"), shown);
        Assert.Null(withdrawn);
        Assert.Null(neverRecorded);
    }

    [Fact]
    public void OnlyAnInitiatorWhoIsAMemberOfTheInitiativeIsItsContact()
    {
        var volunteer = Contact(show: true, recorded: true) with { Roles = [PersonRole.Volunteer] };

        Assert.Null(Initiative(Build(volunteer), Garden).Contact);
        Assert.Null(Initiative(Build(Contact(show: true, recorded: true)), Meals).Contact);
    }

    private static ProgrammeInitiative Initiative(AreaProgramme programme, MemberId id) =>
        programme.Themes.SelectMany(t => t.Initiatives).First(i => i.Id == id);

    private static Person Contact(bool show, bool recorded) => new()
    {
        Id = Ida, Name = "Ida de Vries", Districts = [HomeDistrict], JoinedOn = Joined, Roles = [PersonRole.Initiator],
        Email = "ida@example.org", Phone = "06 1234 5678", ShowContactDetails = show, ConsentRecordedOn = recorded ? Joined : null,
    };

    private static AreaProgramme Build(Person contact)
    {
        Member[] members =
        [
            new Initiative { Id = Garden, Name = "Moestuin", Districts = [HomeDistrict], Themes = ["meedoen"], JoinedOn = Joined },
            new Initiative { Id = Meals, Name = "Buurtmaaltijd", Districts = ["WK020202"], Themes = ["meedoen", "armoede"], JoinedOn = Joined },
            new Initiative { Id = Far, Name = "Elders", Districts = [OtherDistrict], Themes = ["meedoen"], JoinedOn = Joined },
            contact,
        ];
        Tie[] ties = [new Tie { From = Ida, To = Garden, Type = TieType.MemberOf, Since = Joined, LastContactOn = Joined }];
        return AreaProgrammeBuilder.Build(Town, Town.FindArea(AreaA)!, [new ThemeGoals(AreaA, "meedoen", ["Iedereen doet mee"], "v1")], new NetworkView(members, ties));
    }
}
