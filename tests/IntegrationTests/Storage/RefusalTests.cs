using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Storage;

/// <summary>A refused change writes nothing: the partition holds exactly the rows it held before.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RefusalTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ATieToAMemberThatDoesNotExistRefusesTheWholeMember()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var ghost = MemberId.New(town.AreaA, azurite.Clock).ToString();
        var before = await RowCountAsync(town.AreaA);

        var result = await azurite.Registry.CreateMemberAsync(
            TestTown.Initiative("Moestuin", town.District1),
            [centre.TieTo(TieType.SupportedBy), new TieInput(ghost, TieType.WorksWith, null, null)],
            None);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("ties[1].other", ValidationCodes.UnknownMember), (error.Field, error.Code));
        Assert.Equal(before, await RowCountAsync(town.AreaA));
    }

    [Fact]
    public async Task TiesAcrossAreasAndToItselfAreRefused()
    {
        var town = await azurite.NewMunicipalityAsync();
        var elsewhere = await azurite.Registry.CreateValidAsync(TestTown.Partner("Elders", town.District3));
        var before = await RowCountAsync(town.AreaA);

        var result = await azurite.Registry.CreateMemberAsync(
            TestTown.Initiative("Moestuin", town.District1),
            [elsewhere.TieTo(TieType.WorksWith), new TieInput("GM0000.X.nonsense", TieType.MetAt, null, null)],
            None);

        Assert.Equal(["ties[0].other:OtherArea", "ties[1].other:InvalidFormat"], result.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal(before, await RowCountAsync(town.AreaA));
    }

    [Fact]
    public async Task AnUpdateThatBreaksARuleChangesNothing()
    {
        var town = await azurite.NewMunicipalityAsync();
        var created = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1));

        var result = await azurite.Registry.UpdateMemberAsync(created.Member with { Districts = [town.District3] }, None);

        Assert.Equal("districts:OtherArea", Assert.Single(result!.Errors) is var e ? $"{e.Field}:{e.Code}" : null);
        var stored = await azurite.Store.GetMemberAsync(created.Member.Id, None);
        Assert.Equal([town.District1], stored!.Member.Districts);
        Assert.Equal(created.Member.Version, stored.Member.Version);
    }

    private async Task<int> RowCountAsync(AreaId area)
    {
        var count = 0;
        await foreach (var _ in azurite.Tables.Network.QueryAsync<Azure.Data.Tables.TableEntity>(
            Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {area.ToString()}"), cancellationToken: None))
        {
            count++;
        }

        return count;
    }
}
