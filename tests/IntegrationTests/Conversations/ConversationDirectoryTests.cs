using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Conversations;

namespace Wijkverbinder.IntegrationTests.Conversations;

[Collection(AzuriteCollection.Name)]
public sealed class ConversationDirectoryTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task APersonalAddressComesBackAsSavedAndCanBeUninstalledAndBlocked()
    {
        var directory = new TableConversationDirectory(azurite.Tables);
        var tenant = Guid.NewGuid().ToString();
        var personal = Address(tenant, ConversationKind.Personal, "8f1b0c2e-1111-4a5b-9c7d-0123456789ab", "a:1xYzPersonal/with#odd?chars");

        await directory.SaveAsync(personal, None);
        var read = await directory.FindAsync(tenant, ConversationKind.Personal, personal.Key, None);

        Assert.Equal(personal, read);
        Assert.True(await directory.MarkUninstalledAsync(tenant, ConversationKind.Personal, personal.Key, AzuriteFixture.Now.AddHours(1), None));
        Assert.False((await directory.FindAsync(tenant, ConversationKind.Personal, personal.Key, None))!.CanReceive);

        await directory.SaveAsync(personal, None);
        Assert.True((await directory.FindAsync(tenant, ConversationKind.Personal, personal.Key, None))!.CanReceive);
        Assert.True(await directory.MarkBlockedAsync(tenant, ConversationKind.Personal, personal.Key, AzuriteFixture.Now.AddHours(2), None));
        var blocked = await directory.FindAsync(tenant, ConversationKind.Personal, personal.Key, None);
        Assert.True(blocked!.Blocked);
        Assert.True(blocked.Installed);
        Assert.False(await directory.MarkBlockedAsync(tenant, ConversationKind.Personal, "unknown", AzuriteFixture.Now, None));
    }

    [Fact]
    public async Task ChannelsAreListedPerTeam()
    {
        var directory = new TableConversationDirectory(azurite.Tables);
        var tenant = Guid.NewGuid().ToString();
        await directory.SaveAsync(Address(tenant, ConversationKind.Channel, "19:general@thread.tacv2", "19:general@thread.tacv2") with { TeamId = "team-a" }, None);
        await directory.SaveAsync(Address(tenant, ConversationKind.Channel, "19:wijk@thread.tacv2", "19:wijk@thread.tacv2") with { TeamId = "team-a" }, None);
        await directory.SaveAsync(Address(tenant, ConversationKind.Channel, "19:other@thread.tacv2", "19:other@thread.tacv2") with { TeamId = "team-b" }, None);
        await directory.SaveAsync(Address(tenant, ConversationKind.Personal, "someone", "a:someone") with { TeamId = "team-a" }, None);

        var channels = await directory.ListChannelsAsync(tenant, "team-a", None);

        Assert.Equal(["19:general@thread.tacv2", "19:wijk@thread.tacv2"], channels.Select(c => c.Key).Order());
    }

    private static ConversationAddress Address(string tenant, ConversationKind kind, string key, string conversationId) => new()
    {
        TenantId = tenant,
        Kind = kind,
        Key = key,
        ConversationId = conversationId,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        BotId = "28:bot-app-id",
        UserId = kind == ConversationKind.Personal ? "29:user-id" : null,
        TeamName = kind == ConversationKind.Channel ? "Wijkteam Klarendal" : null,
        Locale = "nl-NL",
        UpdatedAt = AzuriteFixture.Now,
    };
}
