using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wijkverbinder.Notifications.Mail;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>GraphMailSender against a loopback fake Graph: the wire format, the one retry policy, failures, Sent Items.</summary>
public sealed class GraphMailSenderTests : IAsyncLifetime
{
    private const string Sender = "wijkverbinder@arnhem.example";
    private FakeGraph graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task SendsTheMailAsGraphExpectsIt()
    {
        using var sender = Sender_();
        await sender.SendAsync(Mail("<gm0202.abc.3.mail.x@arnhem.example>"), CancellationToken.None);

        var request = Assert.Single(graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v1.0/users/{Sender}/sendMail", request.Path);
        Assert.Equal("Bearer wijkverbinder-development-token", request.Authorization);

        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;

        // The SDK writes these two PascalCase; Graph reads property names case-insensitively.
        Assert.Equal(["Message", "SaveToSentItems"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("SaveToSentItems").GetBoolean());
        var message = root.GetProperty("Message");
        Assert.Equal("Nieuwe doorverwijzing: Moestuin", message.GetProperty("subject").GetString());
        Assert.Equal("html", message.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal("<p>Beste Sanne,</p>", message.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal("<gm0202.abc.3.mail.x@arnhem.example>", message.GetProperty("internetMessageId").GetString());
        var recipient = Assert.Single(message.GetProperty("toRecipients").EnumerateArray()).GetProperty("emailAddress");
        Assert.Equal("sanne@arnhem.example", recipient.GetProperty("address").GetString());
        Assert.Equal("Sanne de Vries", recipient.GetProperty("name").GetString());
    }

    [Fact]
    public async Task RetriesThrottlingAndOutagesHonouringRetryAfter()
    {
        graph.Then(429, retryAfter: "1", code: "ApplicationThrottled");
        graph.Then(503, code: "ServiceUnavailable");
        using var sender = Sender_();

        await sender.SendAsync(Mail("<retry@arnhem.example>"), CancellationToken.None);

        var attempts = graph.Requests.ToArray();
        Assert.Equal(3, attempts.Length);
        Assert.Equal(1, graph.Accepted);
        Assert.All(attempts, a => Assert.Equal(attempts[0].Body, a.Body));
        Assert.Contains("\\u003Cretry@arnhem.example\\u003E", attempts[0].Body, StringComparison.Ordinal);
        Assert.Equal(["", "1", "2"], attempts.Select(a => a.RetryAttempt));
        // Timers run on the coarse monotonic clock (a few ms per tick on Linux), so a 1 s wait can measure a hair
        // under 1 s on the precise Stopwatch (as in the connector's RetryTests).
        var gap = Stopwatch.GetElapsedTime(attempts[0].ArrivedAt, attempts[1].ArrivedAt);
        Assert.True(gap >= TimeSpan.FromMilliseconds(980), $"the second attempt must wait for the Retry-After of the first (retried after {gap})");
    }

    [Fact]
    public async Task AFinalFailureThrowsWithStatusAndCodeOnly()
    {
        for (var i = 0; i < 4; i++)
        {
            graph.Then(503, retryAfter: "0", code: "ServiceUnavailable");
        }

        using var sender = Sender_();
        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAsync(Mail("<down@arnhem.example>"), CancellationToken.None));

        Assert.Equal(4, graph.Requests.Count);
        Assert.Equal(0, graph.Accepted);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.True(error.IsTransient);
        Assert.DoesNotContain("sanne", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Moestuin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedMailIsNotRetriedAndNotTransient()
    {
        graph.Then(400, code: "ErrorInvalidRecipients");
        using var sender = Sender_();

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAsync(Mail("<bad@arnhem.example>"), CancellationToken.None));

        Assert.Single(graph.Requests);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("ErrorInvalidRecipients", error.ErrorCode);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheCapFailsTheAttemptInsteadOfWaiting()
    {
        graph.Then(429, retryAfter: "3600", code: "ApplicationThrottled");
        using var sender = Sender_();

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendAsync(Mail("<later@arnhem.example>"), CancellationToken.None));

        Assert.Single(graph.Requests);
        Assert.Equal(429, error.StatusCode);
        Assert.True(error.IsTransient);
    }

    [Theory]
    [InlineData("<gm0202.abc.3.mail.x@arnhem.example>", true)]
    [InlineData("<gm0202.abc.4.mail.x@arnhem.example>", false)]
    [InlineData("<o'brien@arnhem.example>", true)]
    public async Task WasSentLooksInSentItemsByInternetMessageId(string id, bool expected)
    {
        graph.SentMessageIds.Add("<gm0202.abc.3.mail.x@arnhem.example>");
        graph.SentMessageIds.Add("<o'brien@arnhem.example>");
        using var sender = Sender_();

        Assert.Equal(expected, await sender.WasSentAsync(Sender, id, CancellationToken.None));

        var request = Assert.Single(graph.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v1.0/users/{Sender}/mailFolders/sentitems/messages", request.Path);
        Assert.Equal($"internetMessageId eq '{id.Replace("'", "''", StringComparison.Ordinal)}'", request.Query["$filter"]);
        Assert.Equal("id", request.Query["$select"]);
        Assert.Equal("Bearer wijkverbinder-development-token", request.Authorization);
    }

    [Fact]
    public async Task AtMostFourRequestsPerMailboxAtATime()
    {
        graph.Hold = TimeSpan.FromMilliseconds(200);
        using var sender = Sender_();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => sender.SendAsync(Mail($"<m{i}@arnhem.example>"), CancellationToken.None)));

        Assert.Equal(10, graph.Accepted);
        Assert.Equal(4, graph.MaxInFlight);
    }

    [Fact]
    public void ODataLiteralsDoubleTheirQuotes() =>
        Assert.Equal("'it''s ''quoted'''", ODataLiteral.Quote("it's 'quoted'"));

    private static OutgoingMail Mail(string internetMessageId) =>
        new(Sender, "sanne@arnhem.example", "Sanne de Vries", "Nieuwe doorverwijzing: Moestuin", "<p>Beste Sanne,</p>", internetMessageId);

    private GraphMailSender Sender_() =>
        new(Options.Create(new GraphMailOptions { BaseUrl = graph.BaseUrl }), TimeProvider.System, NullLogger<GraphMailSender>.Instance);
}
