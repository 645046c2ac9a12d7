using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.Protocol.Tests.Hosting;

/// <summary>
/// POST /api/messages on a real local server, anonymous as in local development (the token side is in
/// TokenValidationTests): what it answers to bad input, invokes and other activities, and how it hands them on.
/// </summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotHost bot = null!;

    public async Task InitializeAsync() => bot = await BotHost.StartAsync(Environments.Development, new Dictionary<string, string?>());

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_reaches_nobody()
    {
        var response = await bot.PostAsync("""{ "type": "message", "text": """);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, bot.Handler.Seen);
    }

    [Fact]
    public async Task Json_that_is_not_an_activity_is_a_400_problem()
    {
        var response = await bot.PostAsync("""["type", "message"]""");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var response = await bot.PostAsync(Payloads.Message(new string('x', 300 * 1024)));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, bot.Handler.Seen);
    }

    [Fact]
    public async Task A_body_over_the_limit_without_a_length_is_a_413_problem_too()
    {
        var body = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Payloads.Message(new string('x', 300 * 1024)))));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        body.Headers.ContentLength = null;

        var response = await bot.PostAsync(body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_message_of_Teams_size_is_accepted()
    {
        var response = await bot.PostAsync(Payloads.Message(new string('x', 100 * 1024)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_without_type_conversation_or_sender_is_a_400_problem_naming_them()
    {
        var response = await bot.PostAsync("""{ "text": "hallo", "serviceUrl": "https://smba.trafficmanager.net/emea/" }""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).Order().ToArray();
        Assert.Equal(["conversation.id", "from.id", "type"], fields);
        Assert.Equal(0, bot.Handler.Seen);
    }

    [Fact]
    public async Task An_invoke_is_answered_in_the_response_with_the_handlers_card()
    {
        var response = await bot.PostAsync(Payloads.Text(Payloads.AdaptiveCardAction));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        Assert.Equal("test invokes", bot.Handler.Invokes.Single().GetAdaptiveCardInvokeValue()!.Action!.Data!.Value.GetProperty("feedback").GetString());
    }

    [Fact]
    public async Task An_invoke_the_handler_does_not_answer_is_501()
    {
        bot.Handler.InvokeResponse = null;

        var response = await bot.PostAsync(Payloads.Text(Payloads.AdaptiveCardAction));

        await AssertProblemAsync(response, HttpStatusCode.NotImplemented);
    }

    [Fact]
    public async Task A_message_is_acknowledged_before_the_handler_has_run_and_handled_in_the_background()
    {
        bot.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The gate stays shut until the answer is in: an endpoint that waited for the handler would never answer. No
        // bound on how fast it answers (a busy machine can take seconds); the generous wait only turns a hang into a failure.
        var response = await bot.PostAsync(Payloads.Message("op de achtergrond")).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(bot.Handler.Activities);
        bot.Handler.Gate.SetResult();
        Assert.Equal("op de achtergrond", (await bot.Handler.NextHandledAsync()).Text);
    }

    [Fact]
    public async Task One_conversations_activities_are_handled_in_the_order_they_came()
    {
        for (var i = 1; i <= 30; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await bot.PostAsync(Payloads.Message($"#{i}"))).StatusCode);
        }

        var handled = new List<string?>();
        for (var i = 1; i <= 30; i++)
        {
            handled.Add((await bot.Handler.NextHandledAsync()).Text);
        }

        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"#{i}"), handled);
    }

    [Fact]
    public async Task A_slow_conversation_does_not_hold_up_the_others()
    {
        bot.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Handler.GateText = "langzaam";
        await bot.PostAsync(Payloads.Message("langzaam"));

        // Eight other conversations: activities go to lanes by conversation, so at least one lands in another lane
        // than the slow one (all eight sharing its lane has a chance of one in sixteen million).
        for (var i = 0; i < 8; i++)
        {
            var other = JsonNode.Parse(Payloads.Message("snel"))!;
            other["conversation"]!["id"] = $"a:other-{i}";
            await bot.PostAsync(other.ToJsonString());
        }

        Assert.Equal("snel", (await bot.Handler.NextHandledAsync()).Text);
        bot.Handler.Gate.SetResult();
    }

    [Fact]
    public async Task A_handler_that_fails_does_not_stop_the_next_activity()
    {
        bot.Handler.FailOnText = "mislukt";

        await bot.PostAsync(Payloads.Message("mislukt"));
        await bot.PostAsync(Payloads.Message("daarna"));

        Assert.Equal("mislukt", (await bot.Handler.NextHandledAsync()).Text);
        Assert.Equal("daarna", (await bot.Handler.NextHandledAsync()).Text);
    }

    [Fact]
    public async Task In_development_without_an_app_id_an_anonymous_activity_is_accepted()
    {
        var response = await bot.PostAsync(Payloads.Message("playground"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("playground", (await bot.Handler.NextHandledAsync()).Text);
        Assert.Contains(bot.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("without a token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_fields_reach_the_handler_intact()
    {
        var json = JsonNode.Parse(Payloads.Message("extra"))!;
        json["futureField"] = new JsonObject { ["nested"] = 42 };

        await bot.PostAsync(json.ToJsonString());

        var handled = await bot.Handler.NextHandledAsync();
        Assert.Equal(42, handled.ExtensionData!["futureField"].GetProperty("nested").GetInt32());
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        var title = problem["title"]?.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.DoesNotContain("Title.", title, StringComparison.Ordinal); // the text came from the resources, not the key
        return problem;
    }
}
