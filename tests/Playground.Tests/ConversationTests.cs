using System.Net;
using System.Text.Json.Nodes;
using Wijkverbinder.DevTools.Playground;

namespace Wijkverbinder.Playground.Tests;

/// <summary>The conversation a test or script drives through the Playground, end to end against the stand-in bot.</summary>
public sealed class ConversationTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>, IAsyncLifetime
{
    private PlaygroundClient client = null!;

    public async Task InitializeAsync() => client = await fixture.Playground.CreateClientAsync();

    public async Task DisposeAsync() => await client.DisposeAsync();

    [Fact]
    public async Task Installing_in_the_personal_chat_sends_the_bot_installationUpdate_and_conversationUpdate()
    {
        await client.InstallAsync();

        await client.WaitForExchangeAsync(e => !e.FromBot && e.Type == "conversationUpdate" && e.StatusCode == 200);
        await client.WaitForExchangeAsync(e => !e.FromBot && e.Type == "installationUpdate" && e.StatusCode == 200);
        var installation = fixture.Bot.Received.Last(a => (string?)a["type"] == "installationUpdate");
        Assert.Equal("add", (string?)installation["action"]);
        Assert.Equal(client.ConversationId, (string?)installation["conversation"]?["id"]);
        Assert.Equal("personal", (string?)installation["conversation"]?["conversationType"]);
        Assert.Equal("msteams", (string?)installation["channelId"]);
        Assert.Equal(fixture.Playground.ServiceUrl.AbsoluteUri, (string?)installation["serviceUrl"]);
        var update = fixture.Bot.Received.Last(a => (string?)a["type"] == "conversationUpdate");
        var added = update["membersAdded"]!.AsArray().Select(m => (string?)m?["id"]).ToList();
        Assert.Contains(client.UserId, added);
        Assert.Contains(client.BotId, added);
    }

    [Fact]
    public async Task A_user_message_reaches_the_bot_and_its_echo_comes_back_through_the_Playground()
    {
        var sentId = await client.SendMessageAsync("hallo");

        var echo = await client.WaitForMessageAsync(m => m.Text == "echo: hallo");
        Assert.Equal(client.BotId, echo.FromId);
        Assert.NotEqual(sentId, echo.Id);
        var message = fixture.Bot.Received.Last(a => (string?)a["type"] == "message" && (string?)a["text"] == "hallo");
        Assert.Equal(client.UserId, (string?)message["from"]?["id"]);
        Assert.Equal(client.ConversationId, (string?)message["conversation"]?["id"]);
        // The log stream is separate from the chat stream and may come later.
        var sent = await client.WaitForExchangeAsync(e => e.FromBot && (string?)e.Request?["text"] == "echo: hallo");
        Assert.Equal(201, sent.StatusCode);
        Assert.Equal(echo.Id, (string?)sent.Response?["id"]);
        Assert.Equal((string?)message["id"], (string?)sent.Request?["replyToId"]);
        Assert.Contains(client.ActivitiesFromBot, a => (string?)a["text"] == "echo: hallo");
    }

    [Fact]
    public async Task A_card_from_the_bot_comes_back_with_its_adaptive_card_json()
    {
        await client.SendMessageAsync("card");

        var message = await client.WaitForMessageAsync(m => m.AdaptiveCard is not null);
        var card = message.AdaptiveCard!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Nieuwe doorverwijzing", (string?)card["body"]?[0]?["text"]);
        var action = card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal(StandInBot.Verb, (string?)action["verb"]);
    }

    [Fact]
    public async Task Pressing_Action_Execute_invokes_the_bot_with_verb_and_data_and_shows_the_updated_card()
    {
        await client.SendMessageAsync("card");
        var message = await client.WaitForMessageAsync(m => m.AdaptiveCard is not null);
        var action = message.AdaptiveCard!["actions"]![0]!;

        var result = await client.ExecuteActionAsync(message.Id, (string)action["verb"]!, action["data"]);

        var invoke = fixture.Bot.Received.Last(a => (string?)a["type"] == "invoke");
        Assert.Equal("adaptiveCard/action", (string?)invoke["name"]);
        Assert.Equal(message.Id, (string?)invoke["replyToId"]);
        Assert.Equal("Action.Execute", (string?)invoke["value"]?["action"]?["type"]);
        Assert.Equal(StandInBot.Verb, (string?)invoke["value"]?["action"]?["verb"]);
        Assert.Equal("R-1", (string?)invoke["value"]?["action"]?["data"]?["referralId"]);
        Assert.Equal(PlaygroundMessage.AdaptiveCardContentType, result.Type);
        Assert.Equal($"{StandInBot.Verb}: R-1", (string?)result.Card?["body"]?[0]?["text"]);
        var shown = Assert.Single(client.Messages, m => m.Id == message.Id);
        Assert.Equal($"{StandInBot.Verb}: R-1", (string?)shown.AdaptiveCard?["body"]?[0]?["text"]);
    }

    [Fact]
    public async Task An_activity_with_text_and_a_card_shows_as_two_messages_and_the_card_keeps_its_own_id()
    {
        await client.SendMessageAsync("card with text");

        var card = await client.WaitForMessageAsync(m => m.AdaptiveCard is not null);
        var text = await client.WaitForMessageAsync(m => m.Text == "Er is een nieuwe doorverwijzing.");
        Assert.Empty(text.Attachments);
        Assert.Null(card.Text);
        Assert.NotEqual(text.Id, card.Id);
        var result = await client.ExecuteActionAsync(card.Id, StandInBot.Verb, new JsonObject { ["referralId"] = "R-2" });
        Assert.Equal($"{StandInBot.Verb}: R-2", (string?)result.Card?["body"]?[0]?["text"]);
    }

    [Fact]
    public async Task Pressing_a_button_on_a_message_the_Playground_does_not_know_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<PlaygroundException>(
            () => client.ExecuteActionAsync("no-such-message", StandInBot.Verb, new JsonObject()));

        Assert.Equal(HttpStatusCode.BadRequest, refusal.Status);
        Assert.DoesNotContain(fixture.Bot.Received, a => (string?)a["replyToId"] == "no-such-message");
    }

    [Fact]
    public async Task Waiting_for_a_reply_that_never_comes_ends_at_the_timeout()
    {
        using var http = new HttpClient { BaseAddress = fixture.Playground.BaseAddress };
        await using var impatient = new PlaygroundClient(http, new PlaygroundClientOptions { WaitTimeout = TimeSpan.FromMilliseconds(300) });
        await impatient.ConnectAsync();

        await Assert.ThrowsAsync<TimeoutException>(() => impatient.WaitForMessageAsync(m => m.Text == "nooit"));
    }
}
