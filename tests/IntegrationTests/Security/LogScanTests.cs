using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Tests.LogScan;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// No personal data or tokens in the logs: the whole app on Kestrel, every log line at Trace level collected, through
/// a realistic flow (referrals between colleagues with e-mail addresses, one refused for a BSN, the mail through the
/// Graph stand-in, bot messages carrying bearer tokens and an e-mail address), then every line scanned for an e-mail
/// address, a BSN-like number (nine digits passing the 11-proef) and a bearer token or JWT.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LogScanTests(AzuriteFixture azurite)
{
    private const string ValidBsn = "111222333";
    private const string Sender = "wijkverbinder@gemeente.example";

    [Fact]
    public async Task AFullFlowLogsNoEmailAddressBsnOrToken()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        await using var connector = await StubConnector.StartAsync();
        var logs = new LogCollector();
        using var factory = new TeamsAppFactory(azurite);
        factory.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        factory.Settings["Wijkverbinder:SenderMailbox"] = Sender;
        factory.Settings["Jobs:RunInProcess"] = "true";
        factory.Settings["Jobs:RelayOutbox"] = "true";
        factory.Settings["Logging:LogLevel:Default"] = "Trace";
        using var app = StartOnAFreePort(factory, logs);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Wijkverbinder-Actor", town.Referrer.Id.Value);

        // A referral to Ann (her mail address is in the directory) and one refused for the BSN in its summary.
        using var created = await client.PostAsJsonAsync("/api/referrals", Referral(town, "Hulp bij formulieren, mail " + town.Ann.Mail));
        using var refused = await client.PostAsJsonAsync("/api/referrals", Referral(town, "Bewoner met BSN " + ValidBsn));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await WaitForMailToAsync(client, town.Ann.Mail, logs);

        // Bot messages as Teams sends them, with a bearer token (the local endpoint is anonymous, so it is not checked).
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeJwt);
        var chat = new BotConversation(client, connector);
        await chat.SayAsync("help");
        await chat.SayAsync("zoek " + town.Ann.Mail + " " + ValidBsn);

        // The same scan as the whole run's (tests/LogScan), percent-decoded too (an address in a URL path is written %40).
        var findings = logs.Lines.Where(line => LogScan.FindingIn(line) is not null).ToList();
        Assert.True(logs.Lines.Count > 50, $"only {logs.Lines.Count} log lines were collected");
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Sending mail to ann@gemeente.example", "e-mail address")]
    [InlineData("POST /v1.0/users/ann%40gemeente.example/sendMail", "e-mail address")]
    [InlineData("summary: BSN 111222333", "BSN")]
    [InlineData("info: Wijkverbinder.Jobs.Sweep[1] member[362212831] found", "BSN")]
    [InlineData("Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "bearer token or JWT")]
    public void TheScanFindsWhatItLooksFor(string line, string finding) => Assert.Equal(finding, LogScan.FindingIn(line));

    [Theory]
    [InlineData("POST /v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42/activities")]
    [InlineData("Referral GM0202.R.0193a1b2c3d4e5f60718293a4b5c6d7e: Sent in 123 ms")]
    [InlineData("2026-11-28T20:59:48.9140000Z \u001b[40m\u001b[32minfo\u001b[39m\u001b[22m\u001b[49m: Wijkverbinder.Notifications.Jobs.RefreshDashboardsJob[362212831]")]
    public void ATeamsConversationIdOrAnIdIsNotAFinding(string line) => Assert.Null(LogScan.FindingIn(line));

    /// <summary>Shaped like a JWT (header.payload.signature, Base64url JSON), which is all the scan looks at.</summary>
    private static string FakeJwt =>
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJib3QiLCJzZXJ2aWNldXJsIjoiaHR0cDovL2xvY2FsaG9zdCJ9.c2lnbmF0dXJlLW9mLXRoZS1jb25uZWN0b3I";

    private static object Referral(ReferralTown town, string summary) => new
    {
        subject = "ResidentQuestion",
        summary,
        district = town.Town.District1,
        theme = "armoede",
        receiver = town.Ann.Id.Value,
    };

    private static async Task WaitForMailToAsync(HttpClient client, string address, LogCollector logs)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            Assert.False(timeout.IsCancellationRequested, "No mail arrived; warnings and errors:\n" + string.Join("\n", logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal))));
            using var outbox = JsonDocument.Parse(await client.GetStringAsync("/dev/outbox.json"));
            if (outbox.RootElement.EnumerateArray().Any(m => m.GetProperty("to").EnumerateArray().Any(t => t.GetProperty("address").GetString() == address)))
            {
                return;
            }

            await Task.Delay(200, CancellationToken.None);
        }
    }

    /// <summary>
    /// The app on Kestrel on a free port that it also mails through (its own Graph stand-in). Another process can take
    /// the port between the probe and the bind (test projects run side by side): then a fresh port is tried.
    /// </summary>
    private static WebApplicationFactory<Program> StartOnAFreePort(TeamsAppFactory factory, LogCollector logs)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            factory.Settings["Graph:BaseUrl"] = $"http://127.0.0.1:{port}/dev/graph/v1.0";
            // The real clock: the in-process relay and queue processor wait on it (the test clock would never move).
            var app = factory.WithWebHostBuilder(host => host
                .ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
                .ConfigureServices(services => services.AddSingleton(TimeProvider.System)));
            app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            try
            {
                app.StartServer();
                return app;
            }
            catch (IOException) when (attempt < 3)
            {
                app.Dispose();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
