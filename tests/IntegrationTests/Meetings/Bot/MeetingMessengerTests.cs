using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Dispatch;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Meetings;

namespace Wijkverbinder.IntegrationTests.Meetings.Bot;

/// <summary>
/// The Teams messenger as the hosts build it, against Azurite and a stub Bot Connector: the agenda card goes to the
/// organiser's team channel and is replaced in place afterwards; the feedback card reaches an attendee's chat once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingMessengerTests(AzuriteFixture azurite)
{
    private const string Channel = "19:wijkteam-een@thread.tacv2";

    [Fact]
    public async Task TheAgendaCardIsPostedInTheTeamChannelOnceAndThenUpdatedInPlace()
    {
        await using var host = await StartAsync();
        var meetings = host.Services.GetRequiredService<MeetingService>();
        var messenger = host.Services.GetRequiredService<IMeetingMessenger>();
        var meeting = await PlanAsync(host, meetings);

        var posted = await messenger.AnnounceAsync(meeting, new MeetingLinks(), CancellationToken.None);
        var answered = (await meetings.AnswerAsync(meeting.Id, host.Town.Ann.Id, Rsvp.Declined, CancellationToken.None))!.Value!;
        var updated = await messenger.AnnounceAsync(answered, posted, CancellationToken.None);

        var post = Assert.Single(host.Connector.Delivered(Channel));
        var put = Assert.Single(host.Connector.Updates);
        Assert.Equal((Channel, posted.AgendaActivityId), (posted.AgendaConversationId, put.ActivityId));
        Assert.Equal(posted, updated);
        Assert.Contains("Themabijeenkomst: Buurtontbijt", BotConversation.TextOf(BotConversation.CardOf(post)), StringComparison.Ordinal);
        Assert.Contains("Ann · komt niet", BotConversation.TextOf(BotConversation.CardOf(put.Activity)), StringComparison.Ordinal);
        var refresh = BotConversation.CardOf(put.Activity)["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).Order();
        Assert.Equal(["29:Ann", "29:Bob", "29:Ruud"], refresh);
    }

    [Fact]
    public async Task APlannedMeetingReachesTheChannelThroughTheOutboxAndTheMeetingsQueue()
    {
        await using var host = await StartAsync();
        await host.Queues.Meetings.ClearMessagesAsync();
        var meetings = host.Services.GetRequiredService<MeetingService>();
        var meeting = await PlanAsync(host, meetings);

        await host.Relay.RelayAsync(host.Town.Code, CancellationToken.None);
        var processor = host.Services.GetRequiredService<MeetingQueueProcessor>();
        while (await processor.ProcessBatchAsync(32, CancellationToken.None) > 0)
        {
        }

        var post = Assert.Single(host.Connector.Delivered(Channel));
        var links = await host.Services.GetRequiredService<IMeetingStore>().GetLinksAsync(meeting.Id, CancellationToken.None);
        Assert.Equal(Channel, links.AgendaConversationId);
        Assert.False(string.IsNullOrEmpty(links.AgendaActivityId));
        Assert.Contains("Buurtontbijt", BotConversation.TextOf(BotConversation.CardOf(post)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFeedbackCardReachesTheAttendeesChatExactlyOnce()
    {
        await using var host = await StartAsync();
        var meetings = host.Services.GetRequiredService<MeetingService>();
        var messenger = host.Services.GetRequiredService<IMeetingMessenger>();
        var meeting = await PlanAsync(host, meetings);

        await messenger.AskFeedbackAsync(meeting, host.Town.Ann.Id, CancellationToken.None);
        await messenger.AskFeedbackAsync(meeting, host.Town.Ann.Id, CancellationToken.None);

        var card = BotConversation.CardOf(Assert.Single(host.Connector.Delivered(DispatchHost.ConversationOf(host.Town.Ann))));
        Assert.Contains("Hoe was het? Buurtontbijt", BotConversation.TextOf(card), StringComparison.Ordinal);
        Assert.Equal("meeting.feedback", card["actions"]![0]!["verb"]!.GetValue<string>());
        var delivery = await host.Deliveries.GetAsync(host.Town.Code, TeamsMeetingMessenger.DeliveryKey(meeting.Id, host.Town.Ann.Id), CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, delivery!.State);
    }

    private static async Task<Meeting> PlanAsync(DispatchHost host, MeetingService meetings)
    {
        var start = new DateTimeOffset(AzuriteFixture.Now.Date.AddDays(2).AddHours(9), TimeSpan.FromHours(1));
        var draft = new MeetingDraft
        {
            Kind = MeetingKind.ThemeMeeting, Title = "Buurtontbijt", Scope = host.Town.Town.District1, Themes = ["armoede"],
            Start = start, End = start.AddHours(1), Location = "Buurthuis",
            Invitees = [InviteeRef.For(host.Town.Ann.Id), InviteeRef.For(host.Town.Bob.Id)],
        };
        var result = await meetings.PlanAsync(host.Town.Town.Municipality, draft, host.Town.Referrer.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    /// <summary>The dispatch host, with the referrer's wijkteam in a channel the bot is installed in.</summary>
    private async Task<DispatchHost> StartAsync()
    {
        var host = await DispatchHost.StartAsync(azurite);
        await host.Town.Colleagues.SaveAsync(host.Town.Code, host.Town.Wijkteam with { ChannelConversationId = Channel }, CancellationToken.None);
        await host.Conversations.SaveAsync(
            host.AddressOf(host.Town.Referrer) with { Kind = ConversationKind.Channel, Key = Channel, ConversationId = Channel, UserId = null },
            CancellationToken.None);
        return host;
    }
}
