using Azure.Data.Tables;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Meetings;
using Wijkverbinder.Storage.Bookings;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>
/// The meeting town's people and network (Mila the wijkmanager, Ann of the wijkteam, the initiative "Moestuin" in
/// district 1) with the booking store on Azurite and a party tent for area A that Mila decides on.
/// </summary>
public sealed class BookingTown
{
    private BookingTown(MeetingTown town)
    {
        People = town;
        Store = new TableBookingStore(town.Azurite.Tables, town.Signal);
        Service = new BookingService(Store, town.Colleagues, town.Azurite.Store, town.Clock);
        Tent = new SharedResource { Id = new ResourceId(town.Code, "partytent"), Name = "Partytent", Area = town.Town.AreaA, Approver = town.Manager.Id };
    }

    public MeetingTown People { get; }

    public string Code => People.Code;

    public TableBookingStore Store { get; }

    public BookingService Service { get; }

    public SharedResource Tent { get; }

    public static DateOnly Today => AzuriteFixture.Today;

    public static async Task<BookingTown> CreateAsync(AzuriteFixture azurite)
    {
        var town = new BookingTown(await MeetingTown.CreateAsync(azurite));
        await town.Store.SaveResourceAsync(town.Tent, CancellationToken.None);
        return town;
    }

    public BookingRequest Request(int fromDay, int toDay, string purpose = "Burendag") =>
        new(Tent.Id, Today.AddDays(fromDay), Today.AddDays(toDay), purpose, People.Town.District1, People.Garden.Id);

    public async Task<Booking> RequestAsync(int fromDay, int toDay)
    {
        var result = await Service.RequestAsync(People.Town.Municipality, Request(fromDay, toDay), People.Ann.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    public static Booking Valid(Result<Booking>? result)
    {
        Assert.NotNull(result);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    /// <summary>The rows of one kind ("resource", "booking", "day", "outbox") in this municipality's partition.</summary>
    public async Task<IReadOnlyList<TableEntity>> RowsAsync(string kind)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in People.Azurite.Tables.Bookings.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Code} and Kind eq {kind}")))
        {
            rows.Add(row);
        }

        return rows;
    }
}
