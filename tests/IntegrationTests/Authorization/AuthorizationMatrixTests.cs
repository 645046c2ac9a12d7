using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// The authorization matrix (issue 8's check, docs/security.md): every endpoint and every card verb has a row, and
/// every persona is allowed or refused as its row says. A refusal is 401/403/404 or a refusal on the card, writes
/// nothing to any table (a snapshot of every table but the audit table), and writes one Denied audit record.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuthorizationMatrixTests(AzuriteFixture azurite, MatrixHost shared) : IClassFixture<MatrixHost>
{
    private static readonly Dictionary<string, MatrixRow> ByKey = AuthorizationMatrix.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);

    public static TheoryData<string, Persona> Calls()
    {
        var data = new TheoryData<string, Persona>();
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Kind is MatrixKind.TabApi or MatrixKind.Verb))
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                data.Add(row.Key, persona);
            }
        }

        return data;
    }

    public static TheoryData<string> DevelopmentOnly() => [.. AuthorizationMatrix.Rows.Where(r => r.Kind == MatrixKind.DevelopmentOnly).Select(r => r.Key)];

    [Fact]
    public async Task EveryEndpointHasARowAndEveryEndpointRowAnEndpoint()
    {
        var host = await shared.StartAsync(azurite);

        var mapped = MatrixHost.EndpointKeys(host.App.Services);

        var endpointRows = AuthorizationMatrix.Rows.Where(r => r.Kind != MatrixKind.Verb).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        Assert.True(mapped.Except(endpointRows).Order(StringComparer.Ordinal).ToList() is { Count: 0 } missing, "Endpoints without a row in AuthorizationMatrix: " + string.Join("; ", mapped.Except(endpointRows)));
        Assert.Empty(endpointRows.Except(mapped));
    }

    [Fact]
    public void EveryCardVerbHasARowAndEveryVerbRowAVerb()
    {
        // Every public string constant of every *Verbs class the bot routes on, but the data field names and prefixes.
        var verbs = new[] { typeof(TeamsApp.Bot.Cards.BotVerbs).Assembly, typeof(Notifications.Cards.ReferralVerbs).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && !f.Name.EndsWith("Field", StringComparison.Ordinal) && f.Name != "Prefix")
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

        var verbRows = AuthorizationMatrix.Rows.Where(r => r.Kind == MatrixKind.Verb).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        Assert.True(verbs.SetEquals(verbRows), $"Verbs without a row: {string.Join(", ", verbs.Except(verbRows))}; rows without a verb: {string.Join(", ", verbRows.Except(verbs))}");
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task EachPersonaIsAllowedOrRefusedAsTheMatrixSays(string key, Persona persona)
    {
        var host = await shared.StartAsync(azurite);
        var row = ByKey[key];
        var who = host.Town[persona];
        var request = await row.Call!(host.Town);
        var sequence = await host.LastAuditSequenceAsync();
        var before = await TableSnapshot.TakeAsync(azurite);

        var (status, refusedOnCard) = row.Kind == MatrixKind.TabApi ? (await StatusAsync(host, who, request), false) : (HttpStatusCode.OK, RefusedOnCard(host, await host.PressAsync(who, request)));

        var record = Assert.Single(await host.AuditSinceAsync(sequence));
        var result = record.GetString("Result");
        if (row.Allowed.Contains(persona))
        {
            // Allowed means done: the row's call is valid, so any 4xx (not only a refusal) fails it.
            Assert.True((int)status < 400 && !refusedOnCard && result == "Allowed", $"{key} as {persona}: expected allowed, got {(int)status}, refused on card {refusedOnCard}, audit {result}");
            return;
        }

        Assert.True(row.Kind == MatrixKind.TabApi ? status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound : refusedOnCard, $"{key} as {persona}: expected refused, got {(int)status}, refused on card {refusedOnCard}");
        Assert.Equal("Denied", result);
        var after = await TableSnapshot.TakeAsync(azurite);
        Assert.True(before.SequenceEqual(after), $"{key} as {persona} changed: {string.Join("; ", after.Except(before))} (was {string.Join("; ", before.Except(after))})");
    }

    [Theory]
    [MemberData(nameof(DevelopmentOnly))]
    public async Task ADevelopmentOnlyEndpointRefusesAnotherMachineAndChangesNothing(string key)
    {
        var host = await shared.StartAsync(azurite);
        var (method, path) = (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var url = path.Replace("{action}", "accept", StringComparison.Ordinal).Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
        var sequence = await host.LastAuditSequenceAsync();
        var before = await TableSnapshot.TakeAsync(azurite);

        HttpStatusCode status;
        host.App.RemoteAddress = IPAddress.Parse("10.1.2.3");
        try
        {
            using var response = await host.App.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });
            status = response.StatusCode;
        }
        finally
        {
            host.App.RemoteAddress = IPAddress.Loopback;
        }

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(before, await TableSnapshot.TakeAsync(azurite));
        var records = await host.AuditSinceAsync(sequence);
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("Denied", Assert.Single(records).GetString("Result"));
        }
    }

    [Fact]
    public async Task NoDevelopmentOnlyEndpointIsMappedOutsideDevelopment()
    {
        var town = AzuriteFixture.UnsavedMunicipality();
        await using var production = new TeamsAppFactory(azurite, environment: "Production")
        {
            Settings =
            {
                ["Wijkverbinder:MunicipalityCode"] = town.Code,
                ["Bot:AppId"] = "00000000-0000-0000-0000-000000000001",
                ["Wijkverbinder:TenantId"] = "7d1c0a52-3b4e-4f6a-9c21-5e8f0b1a2c3d",
                ["Sso:ClientId"] = "5d7b2c1e-8f4a-4f6b-9c3d-2a1e0b9f8c71",
                ["Sso:ApplicationIdUri"] = "api://wijkverbinder.example/5d7b2c1e-8f4a-4f6b-9c3d-2a1e0b9f8c71",
            },
        };

        var mapped = MatrixHost.EndpointKeys(production.Services);

        Assert.Empty(mapped.Intersect(AuthorizationMatrix.Rows.Where(r => r.Kind == MatrixKind.DevelopmentOnly).Select(r => r.Key)));
        Assert.Contains("GET /api/tab/me", mapped);
    }

    private static async Task<HttpStatusCode> StatusAsync(MatrixHost host, Domain.Colleagues.Colleague who, MatrixRequest request)
    {
        using var response = await host.SendAsync(who, request);
        return response.StatusCode;
    }

    /// <summary>A card that refuses: not a colleague, not allowed, or "does not exist" (need-to-know), or a domain refusal of the actor.</summary>
    private static bool RefusedOnCard(MatrixHost host, System.Text.Json.Nodes.JsonObject card)
    {
        var text = BotConversation.TextOf(card);
        var bot = host.App.Services.GetRequiredService<IStringLocalizer<BotTexts>>();
        var api = host.App.Services.GetRequiredService<IStringLocalizer<ApiMessages>>();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("nl");
        try
        {
            string[] refusals =
            [
                bot["Refer.NotAColleague"], bot["Error.NotAllowed"], bot["Refer.Unknown"], bot["Meeting.Unknown"], bot["Budget.Unknown"],
                api["NotReceiver"], api["NotReferrer"], api["NotOrganiser"], api["NotInvited"], api["NotAttendee"], api["NotYourEntry"], api["NotApprover"],
            ];
            return refusals.Any(r => text.Contains(r.Split('{')[0].Trim(), StringComparison.Ordinal));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
