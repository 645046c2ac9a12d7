using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class RoundTripTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AMunicipalityComesBackWithItsAreasDistrictsAndThemes()
    {
        var town = await azurite.NewMunicipalityAsync();

        var read = await azurite.Store.GetMunicipalityAsync(town.Code, None);

        Assert.NotNull(read);
        Assert.Equal(town.Municipality.Name, read.Name);
        Assert.Equal(town.Municipality.Areas.Select(a => (a.Id, a.Name, string.Join(",", a.DistrictCodes))), read.Areas.Select(a => (a.Id, a.Name, string.Join(",", a.DistrictCodes))));
        Assert.Equal(town.Municipality.Districts, read.Districts);
        Assert.Equal(town.Municipality.Themes, read.Themes);
        Assert.Contains(await azurite.Store.ListMunicipalitiesAsync(None), m => m.Code == town.Code && m.Name == town.Municipality.Name);
    }

    [Fact]
    public async Task EveryKindOfMemberComesBackAsItWasWritten()
    {
        var town = await azurite.NewMunicipalityAsync();
        var initiative = TestTown.Initiative("Moestuin", town.District1, town.District2) with { Occasional = true };
        var partner = TestTown.Partner("Buurtcentrum De Kroon", town.District1);
        var person = TestTown.Person("Vera Bos", town.District2);

        foreach (Member draft in new Member[] { initiative, partner, person })
        {
            var created = await azurite.Registry.CreateValidAsync(draft);
            var read = await azurite.Store.GetMemberAsync(created.Member.Id, None);

            Assert.NotNull(read);
            Assert.Equal(town.AreaA, read.Member.Id.Area);
            Assert.Equal(created.Member.Version, read.Member.Version);
            AssertSameMember(draft with { Id = created.Member.Id, Version = read.Member.Version }, read.Member);
        }
    }

    [Fact]
    public async Task TiesOfEveryTypeComeBackFromBothEnds()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var since = new DateOnly(2025, 1, 15);
        var lastContact = new DateOnly(2026, 11, 2);
        var ties = Enum.GetValues<TieType>().Select(type => centre.TieTo(type, since, lastContact)).ToArray();

        var initiative = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Taalcafé", town.District2), ties);

        var fromInitiative = await azurite.Store.GetMemberAsync(initiative.Member.Id, None);
        var fromCentre = await azurite.Store.GetMemberAsync(centre.Member.Id, None);
        Assert.Equal(Enum.GetValues<TieType>(), fromInitiative!.Ties.Select(t => t.Type).Order());
        Assert.Equal(Enum.GetValues<TieType>(), fromCentre!.Ties.Select(t => t.Type).Order());
        Assert.All(fromInitiative.Ties.Concat(fromCentre.Ties), tie =>
        {
            Assert.Equal(initiative.Member.Id, tie.From);
            Assert.Equal(centre.Member.Id, tie.To);
            Assert.Equal(since, tie.Since);
            Assert.Equal(lastContact, tie.LastContactOn);
        });
    }

    private static void AssertSameMember(Member expected, Member actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Districts, actual.Districts);
        Assert.Equal(expected.Themes, actual.Themes);
        Assert.Equal(expected.JoinedOn, actual.JoinedOn);
        switch (expected)
        {
            case Initiative i:
                var ai = (Initiative)actual;
                Assert.Equal((i.Occasional, i.Description), (ai.Occasional, ai.Description));
                break;
            case Partner p:
                Assert.Equal(p.PartnerKind, ((Partner)actual).PartnerKind);
                break;
            case Person p:
                var ap = (Person)actual;
                Assert.Equal(p.Roles, ap.Roles);
                Assert.Equal((p.Email, p.Phone, p.ShowContactDetails), (ap.Email, ap.Phone, ap.ShowContactDetails));
                break;
        }
    }
}
