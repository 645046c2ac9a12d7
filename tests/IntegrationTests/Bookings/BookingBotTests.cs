using System.Text.Json.Nodes;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Bookings;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>
/// The approval card's buttons in Teams against Azurite: a press by anyone but the approver is refused on the card and
/// changes nothing; a decline without a reason is refused the same way; the approver's press decides, and the card then
/// shows the decision without buttons.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BookingBotTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BookingTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;

    public async Task InitializeAsync()
    {
        town = await BookingTown.CreateAsync(azurite);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task APressBySomeoneElseIsRefusedOnTheCardAndOnlyTheApproverDecides()
    {
        var booking = await town.RequestAsync(2, 4);
        var data = new JsonObject { [BookingVerbs.BookingIdField] = booking.Id.ToString() };

        var byAnn = await As(town.People.Ann).PressAsync(BookingVerbs.Approve, data.DeepClone().AsObject());
        var afterAnn = await town.Store.GetAsync(booking.Id, CancellationToken.None);
        var noReason = await As(town.People.Manager).PressAsync(BookingVerbs.Decline, data.DeepClone().AsObject());
        var withReason = data.DeepClone().AsObject();
        withReason[BookingVerbs.ReasonField] = "De tent staat dan bij de Sinterklaasintocht";
        var declined = await As(town.People.Manager).PressAsync(BookingVerbs.Decline, withReason);

        Assert.Contains("Alleen de wijkmanager die over dit middel gaat", BotConversation.TextOf(byAnn), StringComparison.Ordinal);
        Assert.Equal((BookingStatus.Requested, booking.Version), (afterAnn!.Status, afterAnn.Version));
        Assert.Contains("Reden", BotConversation.TextOf(noReason), StringComparison.Ordinal);
        Assert.NotNull(noReason["actions"]);
        Assert.Equal(BookingStatus.Declined, (await town.Store.GetAsync(booking.Id, CancellationToken.None))!.Status);
        Assert.Contains("Afgewezen: De tent staat dan bij de Sinterklaasintocht", BotConversation.TextOf(declined), StringComparison.Ordinal);
        Assert.Null(declined["actions"]);
    }

    private BotConversation As(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);
}
