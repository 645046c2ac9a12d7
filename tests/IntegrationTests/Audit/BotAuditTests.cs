using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;

namespace Wijkverbinder.IntegrationTests.Audit;

/// <summary>The bot's card buttons and commands in the audit log: a refused button is Denied with the refusal on the card.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotAuditTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ReferralTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;

    public async Task InitializeAsync()
    {
        town = await ReferralTown.CreateAsync(azurite);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task AStrangersButtonIsRefusedOnTheCardAndRecordedAsDeniedTheReceiversAsAllowed()
    {
        var referral = await town.CreateAsync(town.Draft() with { Receiver = town.Specialist.Id });
        var data = new JsonObject { ["referralId"] = referral.Id.ToString() };

        var stranger = await As(town.Outsider).PressAsync("referral.accept", data.DeepClone().AsObject());
        var receiver = await As(town.Specialist).PressAsync("referral.accept", data.DeepClone().AsObject());

        Assert.Contains("Deze verwijzing bestaat niet", BotConversation.TextOf(stranger), StringComparison.Ordinal);
        Assert.Equal(ReferralStatus.Accepted, (await town.GetAsync(referral.Id)).Referral.Status);
        var rows = (await AuditRowsReader.RowsAsync(azurite, town.Code)).OrderBy(r => r.GetInt64("Sequence")).ToList();
        Assert.Equal(
            [
                ("card:referral.accept", "referral", referral.Id.ToString(), "Denied", "BotCard", AuditRowsReader.Pseudonym(town.Code, town.Outsider.Id.Value)),
                ("card:referral.accept", "referral", referral.Id.ToString(), "Allowed", "BotCard", AuditRowsReader.Pseudonym(town.Code, town.Specialist.Id.Value)),
            ],
            rows.Select(Fields));
    }

    [Fact]
    public async Task MyReferralsAsACommandIsRecordedAndHelpIsNot()
    {
        await As(town.Specialist).SayAsync("help");
        await As(town.Specialist).SayAsync("mijn");

        var row = Assert.Single(await AuditRowsReader.RowsAsync(azurite, town.Code));
        Assert.Equal(("message:MyReferrals", "message", null, "Allowed", "BotMessage", AuditRowsReader.Pseudonym(town.Code, town.Specialist.Id.Value)), Fields(row));
    }

    private static (string?, string?, string?, string?, string?, string?) Fields(TableEntity r) =>
        (r.GetString("Action"), r.GetString("ObjectType"), r.GetString("ObjectId"), r.GetString("Result"), r.GetString("Origin"), r.GetString("Actor"));

    private BotConversation As(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);
}
