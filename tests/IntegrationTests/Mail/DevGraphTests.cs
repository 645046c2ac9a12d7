using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Mail;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>The local Graph stand-in inside the real TeamsApp: mails sent with GraphMailSender land on /dev/outbox.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevGraphTests(AzuriteFixture azurite) : IDisposable
{
    private const string Sender = "wijkverbinder@arnhem.example";
    private readonly TeamsAppFactory app = new(azurite);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task ASentMailAppearsOnTheOutboxAndInSentItems()
    {
        using var sender = SenderToStandIn();
        // A quote to escape in the $filter, and a domain without a dot: a message id, not shaped like a mail address.
        var id = $"<{Guid.NewGuid():N}.o'brien@wijkverbinder>";
        var body = "<p>Beste Sanne,</p><script>alert(1)</script>";
        await sender.SendAsync(new OutgoingMail(Sender, "sanne@arnhem.example", "Sanne de Vries", "Nieuwe doorverwijzing: Moestuin", body, id), CancellationToken.None);

        Assert.True(await sender.WasSentAsync(Sender, id, CancellationToken.None));
        Assert.False(await sender.WasSentAsync(Sender, "<other@wijkverbinder>", CancellationToken.None));
        // Another mailbox, addressed by an object id: the product never puts a personal address in a Graph path.
        Assert.False(await sender.WasSentAsync("0b8c2f1e-5d3a-4c7e-9f21-6a4d8e3b7c90", id, CancellationToken.None));

        using var client = app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/dev/outbox.json"));
        var mail = json.RootElement.EnumerateArray().First(m => m.GetProperty("internetMessageId").GetString() == id);
        Assert.Equal(Sender, mail.GetProperty("mailbox").GetString());
        Assert.Equal("Nieuwe doorverwijzing: Moestuin", mail.GetProperty("subject").GetString());
        Assert.Equal("html", mail.GetProperty("contentType").GetString());
        Assert.Equal(body, mail.GetProperty("body").GetString());
        Assert.Equal("sanne@arnhem.example", mail.GetProperty("to")[0].GetProperty("address").GetString());

        using var page = await client.GetAsync("/dev/outbox");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Lokale outbox", html, StringComparison.Ordinal);
        Assert.Contains("Nieuwe doorverwijzing: Moestuin", html, StringComparison.Ordinal);
        Assert.Contains($"<iframe sandbox srcdoc=\"{WebUtility.HtmlEncode(body)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOutboxShowsNewestFirstAndSpeaksEnglishWhenAsked()
    {
        using var sender = SenderToStandIn();
        await sender.SendAsync(new OutgoingMail(Sender, "a@arnhem.example", "A", "Eerste mail", "<p>1</p>", "<first@arnhem.example>"), CancellationToken.None);
        await sender.SendAsync(new OutgoingMail(Sender, "b@arnhem.example", "B", "Tweede mail", "<p>2</p>", "<second@arnhem.example>"), CancellationToken.None);

        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var html = await client.GetStringAsync("/dev/outbox");

        Assert.Contains("Local outbox", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Tweede mail", StringComparison.Ordinal) < html.IndexOf("Eerste mail", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"message":{"subject":"Hallo","body":{"contentType":"html","content":"x"}}}""", "ErrorInvalidRecipients")]
    [InlineData("""{"message":{"subject":"Hallo","toRecipients":[{"emailAddress":{"address":"geen-adres"}}]}}""", "ErrorInvalidRecipients")]
    [InlineData("""{"message":{"toRecipients":[{"emailAddress":{"address":"a@arnhem.example"}}]}}""", "ErrorInvalidRequest")]
    [InlineData("""{"saveToSentItems":true}""", "ErrorInvalidRequest")]
    [InlineData("""{"message":""", "RequestBodyRead")]
    public async Task ABadBodyGetsAGraphStyle400(string body, string code)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "dev");
        using var response = await client.PostAsync($"/dev/graph/v1.0/users/{Sender}/sendMail", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.RootElement.GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task AMailWithoutABearerIsRefused()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync($"/dev/graph/v1.0/users/{Sender}/sendMail", new { message = new { subject = "x" } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheOutboxAnswersOnlyThisMachine()
    {
        app.RemoteAddress = IPAddress.Parse("203.0.113.7");
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/dev/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/dev/outbox.json")).StatusCode);
    }

    [Fact]
    public async Task TheStandInDoesNotExistOutsideDevelopment()
    {
        using var production = new TeamsAppFactory(azurite, "Production");

        // Production needs a bot registration to start at all.
        production.Settings["Bot:AppId"] = "00000000-0000-0000-0000-000000000001";
        using var client = production.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/outbox.json")).StatusCode);
        using var send = await client.PostAsJsonAsync($"/dev/graph/v1.0/users/{Sender}/sendMail", new { message = new { subject = "x" } });
        Assert.Equal(HttpStatusCode.NotFound, send.StatusCode);
    }

    private GraphMailSender SenderToStandIn() => new(
        Options.Create(new GraphMailOptions { BaseUrl = "http://localhost/dev/graph/v1.0" }),
        TimeProvider.System,
        NullLogger<GraphMailSender>.Instance,
        app.Server.CreateHandler());
}
