using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Colleagues;

namespace Wijkverbinder.IntegrationTests.Referrals;

[Collection(AzuriteCollection.Name)]
public sealed class ColleagueDirectoryTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AColleagueSurvivesTheRoundTrip()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var team = t.SocialTeam with
        {
            Roles = [AppRole.SocialDistrictTeam, AppRole.Specialist],
            Districts = [t.Town.District1, t.Town.District2],
            ChannelConversationId = "19:abc@thread.tacv2",
            Locale = "en",
        };
        await t.Colleagues.SaveAsync(t.Code, team, None);

        var fresh = new TableColleagueDirectory(azurite.Tables, t.Clock);
        var stored = await fresh.GetAsync(t.Code, team.Id, None);

        Assert.Equal((team.Name, team.Mail, team.Kind, team.ChannelConversationId, team.Locale), (stored!.Name, stored.Mail, stored.Kind, stored.ChannelConversationId, stored.Locale));
        Assert.Equal(team.Roles, stored.Roles);
        Assert.Equal(team.Districts, stored.Districts);
        Assert.Equal([ReferralTown.SocialTeamId], (await fresh.GetAsync(t.Code, t.Ann.Id, None))!.Teams);
        Assert.Equal(8, (await fresh.ListAsync(t.Code, None)).Count);
    }

    [Fact]
    public async Task ReadsAreServedFromACopyAtMostAMinuteOld()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Colleagues.ListAsync(t.Code, None);

        using (var tally = azurite.Counter.BeginTally())
        {
            Assert.NotNull(await t.Colleagues.GetAsync(t.Code, t.Ann.Id, None));
            Assert.Null(await t.Colleagues.GetAsync(t.Code, ColleagueId.ForPerson(Guid.NewGuid()), None));
            await t.Colleagues.ListAsync(t.Code, None);
            Assert.Equal(0, tally.Count);
        }

        // Another instance renames Ann; this one sees it once its copy is a minute old.
        var other = new TableColleagueDirectory(azurite.Tables, t.Clock);
        await other.SaveAsync(t.Code, t.Ann with { Name = "Anna" }, None);
        Assert.Equal("Ann", (await t.Colleagues.GetAsync(t.Code, t.Ann.Id, None))!.Name);

        t.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("Anna", (await t.Colleagues.GetAsync(t.Code, t.Ann.Id, None))!.Name);
    }

    [Fact]
    public async Task ASaveDropsTheCopyOfThisInstance()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Colleagues.ListAsync(t.Code, None);
        var newcomer = t.Specialist with { Id = ColleagueId.ForPerson(Guid.NewGuid()), Name = "Nina" };

        await t.Colleagues.SaveAsync(t.Code, newcomer, None);

        Assert.Equal("Nina", (await t.Colleagues.GetAsync(t.Code, newcomer.Id, None))!.Name);
    }

    [Fact]
    public async Task MunicipalitiesDoNotShareColleagues()
    {
        var one = await ReferralTown.CreateAsync(azurite);
        var other = await ReferralTown.CreateAsync(azurite);

        Assert.Null(await other.Colleagues.GetAsync(other.Code, one.Ann.Id, None));
    }

    [Fact]
    public async Task AMalformedIdIsNotSaved()
    {
        var t = await ReferralTown.CreateAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => t.Colleagues.SaveAsync(t.Code, t.Ann with { Id = new ColleagueId("Ann/1") }, None));
    }
}
