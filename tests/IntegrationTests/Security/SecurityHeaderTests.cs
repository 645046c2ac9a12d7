using System.Net;
using System.Text;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Security;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// Every kind of response carries the security headers: each tab page, each API group, the bot endpoint, static
/// files, the developer sign-in and a 404. One Content-Security-Policy, never a second one, never X-Frame-Options.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecurityHeaderTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    /// <summary>Method, path and the status the route answers an anonymous request with (so the route is really hit).</summary>
    public static TheoryData<string, string, HttpStatusCode> Routes => new()
    {
        { "GET", "/tabs/referrals", HttpStatusCode.OK },
        { "GET", "/tabs/status/configure", HttpStatusCode.OK },
        { "GET", "/tabs/programme/configure", HttpStatusCode.OK },
        { "GET", "/tabs/status?scope=WK020201", HttpStatusCode.OK },
        { "GET", "/tabs/admin", HttpStatusCode.OK },
        { "GET", "/dev/sign-in", HttpStatusCode.OK },
        { "GET", "/dev/outbox", HttpStatusCode.OK },
        { "GET", "/api/municipalities", HttpStatusCode.OK },
        { "GET", "/api/referrals?colleague=00000000-0000-0000-0000-000000000001", HttpStatusCode.OK },
        { "GET", "/api/municipalities/GM0000/colleagues", HttpStatusCode.NotFound },
        { "GET", "/api/tab/me", HttpStatusCode.Unauthorized },
        { "POST", "/api/tab/referrals/x/accept", HttpStatusCode.Unauthorized },
        { "POST", "/api/messages", HttpStatusCode.BadRequest },
        { "GET", "/api/admin/poison", HttpStatusCode.OK },
        { "GET", "/css/tabs.css", HttpStatusCode.OK },
        { "GET", "/js/tab.js", HttpStatusCode.OK },
        { "GET", "/favicon.svg", HttpStatusCode.OK },
        { "GET", "/health", HttpStatusCode.OK },
        { "GET", "/no/such/page", HttpStatusCode.NotFound },
    };

    public void Dispose() => app?.Dispose();

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string method, string path, HttpStatusCode expected)
    {
        using var response = await SendAsync(Start(), method, path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options would keep the tabs out of Teams");
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        if (path == "/dev/outbox")
        {
            // The local outbox keeps its own, stricter policy: no script at all.
            Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(ContentSecurityPolicy.Build([]), policy);
        }

        // Development over plain HTTP: no HSTS (a developer's localhost must not be pinned to HTTPS).
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void ThePolicyAllowsOnlyTheAppItselfAndTheTeamsHostsToFrameThePagesAndNoInlineScript()
    {
        var directives = ContentSecurityPolicy.Build([]).Split("; ").ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal(
            ["'self'", "https://*.cloud.microsoft", "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.microsoft365.com",
             "https://*.office.com", "https://outlook.office.com", "https://outlook.office365.com", "https://outlook-sdf.office.com", "https://outlook-sdf.office365.com"],
            directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Contains("'self'", directives["connect-src"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v is "'unsafe-eval'" or "*" or "http:" or "https:");
    }

    [Fact]
    public async Task OutsideDevelopmentHttpsResponsesCarryHstsAndExtraFrameAncestorsAreIgnored()
    {
        app = new TeamsAppFactory(azurite, environment: "Production");
        app.Settings["Bot:AppId"] = "00000000-0000-0000-0000-000000000001";
        app.Settings["Wijkverbinder:TenantId"] = "7d1c0a52-3b4e-4f6a-9c21-5e8f0b1a2c3d";
        app.Settings["Sso:ClientId"] = "5d7b2c1e-8f4a-4f6b-9c3d-2a1e0b9f8c71";
        app.Settings["Sso:ApplicationIdUri"] = "api://wijkverbinder.example/5d7b2c1e-8f4a-4f6b-9c3d-2a1e0b9f8c71";
        app.Settings["Security:ExtraFrameAncestors:0"] = "https://framer.example";
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://wijkverbinder.example") });

        using var response = await client.GetAsync("/api/tab/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Equal("max-age=31536000", hsts);
        Assert.Equal(ContentSecurityPolicy.Build([]), Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task InDevelopmentAConfiguredExtraOriginMayFrameThePages()
    {
        app = new TeamsAppFactory(azurite);
        app.Settings["Security:ExtraFrameAncestors:0"] = "http://127.0.0.1:5555";

        using var response = await SendAsync(app.CreateClient(), "GET", "/tabs/referrals");

        Assert.EndsWith("https://outlook-sdf.office365.com http://127.0.0.1:5555", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private HttpClient Start()
    {
        app = new TeamsAppFactory(azurite);
        return app.CreateClient(new() { AllowAutoRedirect = false });
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
        });
}
