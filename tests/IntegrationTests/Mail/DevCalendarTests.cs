using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Mail;
using Wijkverbinder.Notifications.Meetings;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>The local Graph stand-in's calendar inside the real TeamsApp: events made with GraphMeetingCalendar land on /dev/calendar.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevCalendarTests(AzuriteFixture azurite) : IDisposable
{
    // Graph user as the product sends it: an Entra object id, not a mail address.
    private const string Mailbox = "6f1c9a2e-3b4d-4e8f-a1c2-9d7e5b3a0f48";
    private readonly TeamsAppFactory app = new(azurite);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task AnEventIsCreatedOncePerTransactionUpdatedAndCancelled()
    {
        using var sender = SenderToStandIn();
        var calendar = new GraphMeetingCalendar(sender);
        var transaction = $"GM0202.M.{Guid.NewGuid():N}";
        var draft = Draft("Themabijeenkomst <meedoen>", transaction);

        var first = await calendar.CreateAsync(Mailbox, draft, CancellationToken.None);
        var again = await calendar.CreateAsync(Mailbox, draft, CancellationToken.None);
        var updated = await calendar.UpdateAsync(Mailbox, first.Id, draft with { Subject = "Verzet", Location = "Wijkcentrum" }, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(first.Id, updated.Id);
        Assert.StartsWith("https://", first.JoinUrl, StringComparison.Ordinal);

        using var client = app.CreateClient();
        using (var json = JsonDocument.Parse(await client.GetStringAsync("/dev/calendar.json")))
        {
            var made = Assert.Single(json.RootElement.EnumerateArray(), e => e.GetProperty("transactionId").GetString() == transaction);
            Assert.Equal(first.Id, made.GetProperty("id").GetString());
            Assert.Equal("Verzet", made.GetProperty("subject").GetString());
            Assert.Equal("Wijkcentrum", made.GetProperty("location").GetString());
            Assert.Equal("2026-12-01T18:00:00", made.GetProperty("start").GetString());
            Assert.Equal("UTC", made.GetProperty("timeZone").GetString());
            Assert.Equal(["ann@arnhem.example"], made.GetProperty("attendees").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(1, made.GetProperty("updates").GetInt32());
            Assert.False(made.GetProperty("cancelled").GetBoolean());
        }

        Assert.True(await calendar.CancelAsync(Mailbox, first.Id, "Zaal <dicht>", CancellationToken.None));
        Assert.False(await calendar.CancelAsync(Mailbox, first.Id, "Nog eens", CancellationToken.None));
        await Assert.ThrowsAsync<MailDeliveryException>(() => calendar.UpdateAsync(Mailbox, first.Id, draft, CancellationToken.None));

        using var page = await client.GetAsync("/dev/calendar");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Lokale agenda", html, StringComparison.Ordinal);
        Assert.Contains("Geannuleerd: Zaal &lt;dicht&gt;", html, StringComparison.Ordinal);
        Assert.Contains($"<iframe sandbox srcdoc=\"{WebUtility.HtmlEncode("<p>Agenda</p><script>alert(1)</script>")}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCalendarSpeaksEnglishWhenAsked()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        Assert.Contains("Local calendar", await client.GetStringAsync("/dev/calendar"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEventWithoutABearerIsRefused()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync($"/dev/graph/v1.0/users/{Mailbox}/events", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheCalendarAnswersOnlyThisMachineAndOnlyInDevelopment()
    {
        app.RemoteAddress = IPAddress.Parse("203.0.113.7");
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/dev/calendar")).StatusCode);

        using var production = new TeamsAppFactory(azurite, "Production");
        production.Settings["Bot:AppId"] = "00000000-0000-0000-0000-000000000001";
        using var productionClient = production.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await productionClient.GetAsync("/dev/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await productionClient.GetAsync("/dev/calendar.json")).StatusCode);
    }

    private static CalendarEventDraft Draft(string subject, string transaction) => new(
        subject,
        "<p>Agenda</p><script>alert(1)</script>",
        "Buurthuis",
        new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero),
        Online: true,
        [new CalendarAttendee("ann@arnhem.example", "Ann")],
        transaction);

    private GraphMailSender SenderToStandIn() => new(
        Options.Create(new GraphMailOptions { BaseUrl = "http://localhost/dev/graph/v1.0" }),
        TimeProvider.System,
        NullLogger<GraphMailSender>.Instance,
        app.Server.CreateHandler());
}
