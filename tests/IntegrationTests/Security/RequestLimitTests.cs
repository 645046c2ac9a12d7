using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// Rate limits (per signed-in tab user, per API caller, per bot conversation: 429 with Retry-After and a problem) and
/// the body size limit of the JSON APIs (413 problem). The limits are set low here; the defaults are far higher.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RequestLimitTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task TheTabApiLimitsEachSignedInUserOnTheirOwn()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        var client = Start(town.Code, "TabApiPerUser", limit: 2);

        var ann = new[] { await MeAsync(client, town.Ann), await MeAsync(client, town.Ann), await MeAsync(client, town.Ann) };
        using var bob = await MeAsync(client, town.Bob);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], ann.Select(r => r.StatusCode));
        await AssertTooManyAsync(ann[2]);
        Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
        foreach (var response in ann)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ARefusedTokenSpendsNoUsersAllowance()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        var client = Start(town.Code, "TabApiPerUser", limit: 1);
        var forged = new HttpRequestMessage(HttpMethod.Get, "/api/tab/me");
        forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Issue(town.Ann) + "x");

        using var refused = await client.SendAsync(forged);
        using var ann = await MeAsync(client, town.Ann);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ann.StatusCode);
    }

    [Fact]
    public async Task TheOtherApisLimitEachActingColleague()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        var client = Start(town.Code, "ApiPerCaller", limit: 2);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.SendAsync(ListAs(town.Ann.Id));
            statuses.Add(last.StatusCode);
        }

        using var other = await client.SendAsync(ListAs(town.Bob.Id));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await AssertTooManyAsync(last!);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        last!.Dispose();

        HttpRequestMessage ListAs(ColleagueId actor)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals?colleague={actor.Value}");
            request.Headers.Add("X-Wijkverbinder-Actor", actor.Value);
            return request;
        }
    }

    [Fact]
    public async Task TheBotLimitsEachConversationAndAnswersInTheRequestsLanguage()
    {
        var town = await azurite.NewMunicipalityAsync();
        var client = Start(town.Code, "BotPerConversation", limit: 2);

        var busy = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/messages", Message("a:busy"));
            busy.Add(last.StatusCode);
        }

        using var quiet = await client.PostAsJsonAsync("/api/messages", Message("a:quiet"));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], busy);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("Te veel activiteiten in dit gesprek; probeer het later opnieuw.", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Accepted, quiet.StatusCode);
        last.Dispose();
    }

    [Fact]
    public async Task ABodyOverTheLimitOnTheTabApiIsRefusedWith413()
    {
        // Kestrel, not the test server, enforces request size limits: this test runs the host on a real socket.
        using var kestrel = new TeamsAppFactory(azurite);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        using var client = kestrel.CreateClient();
        var huge = $$"""{"reason":"{{new string('a', 70 * 1024)}}"}""";

        using var response = await client.PostAsync("/api/tab/referrals/GM0000.R.00000000000000000000000000000000/decline", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private HttpClient Start(string municipality, string rule, int limit)
    {
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = municipality;
        app.Settings[$"Security:{rule}:PermitLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings[$"Security:{rule}:Window"] = "01:00:00";
        return app.CreateClient();
    }

    private string Issue(Colleague who) => app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who);

    private Task<HttpResponseMessage> MeAsync(HttpClient client, Colleague who)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Issue(who));
        return client.SendAsync(request);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromHours(1), $"Retry-After: {retryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("Te veel verzoeken.", problem.GetProperty("title").GetString());
    }

    private static JsonObject Message(string conversation) => new()
    {
        ["type"] = "typing",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user", ["aadObjectId"] = Guid.NewGuid().ToString() },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal" },
        ["recipient"] = new JsonObject { ["id"] = "28:wijkverbinder-bot" },
    };
}
