using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Tabs.Admin;

/// <summary>
/// Setting up a new installation through the tab API: the first Beheerder (in no directory yet) loads the
/// municipality's areas, districts and themes and registers colleagues; nobody else can, and bad input stores nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SetupApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TestTown town = AzuriteFixture.UnsavedMunicipality();
    private TeamsAppFactory? app;

    private Colleague Beheerder => Person("00000000-0000-0000-0000-00000000b001", "Bea Beheer", AppRole.Administrator);

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task TheFirstBeheerderLoadsTheMunicipalityAndRegistersThemselvesAndAColleague()
    {
        var client = Start();

        using var imported = await SendAsync(client, Beheerder, HttpMethod.Put, "/api/tab/admin/municipality", Structure());
        using var registered = await SendAsync(client, Beheerder, HttpMethod.Put, $"/api/tab/admin/colleagues/{Beheerder.Id}", new
        {
            name = "Bea Beheer", mail = "bea@gemeente.example", roles = new[] { "Administrator", "DistrictManager" }, districts = new[] { town.District1 },
        });
        using var colleague = await SendAsync(client, Beheerder, HttpMethod.Put, "/api/tab/admin/colleagues/team-wijkteam-een", new
        {
            name = "Wijkteam Eén", mail = "wijkteam@gemeente.example", roles = new[] { "DistrictTeam" }, districts = new[] { town.District1, town.District2 },
        });
        var me = await (await SendAsync(client, Beheerder, HttpMethod.Get, "/api/tab/me")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var counts = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 3, 2), (counts.GetProperty("areas").GetInt32(), counts.GetProperty("districts").GetInt32(), counts.GetProperty("themes").GetInt32()));
        var stored = await azurite.Store.GetMunicipalityAsync(town.Code, CancellationToken.None);
        Assert.Equal(["armoede", "meedoen"], stored!.Themes.Select(t => t.Id).Order());
        Assert.Equal(town.AreaA, stored.FindDistrict(town.District2)!.Area);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (registered.StatusCode, colleague.StatusCode));
        Assert.Equal([town.District1], me.GetProperty("districts").EnumerateArray().Select(d => d.GetString()));
        var team = await app!.Services.GetRequiredService<IColleagueDirectory>().GetAsync(town.Code, new ColleagueId("team-wijkteam-een"), CancellationToken.None);
        Assert.Equal((ColleagueKind.Team, 2), (team!.Kind, team.Districts.Count));
    }

    [Fact]
    public async Task SomeoneWithoutTheBeheerderRoleIsRefused()
    {
        var client = Start();
        var outsider = Person("00000000-0000-0000-0000-00000000b002", "Otto", AppRole.DistrictTeam);

        using var refused = await SendAsync(client, outsider, HttpMethod.Put, "/api/tab/admin/municipality", Structure());

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, refused.StatusCode.ToString());
        Assert.Null(await azurite.Store.GetMunicipalityAsync(town.Code, CancellationToken.None));
    }

    [Fact]
    public async Task ABrokenStructureIsRefusedWithItsReasonsAndNothingIsStored()
    {
        var client = Start();
        var broken = new
        {
            municipality = new { code = "GM9999", name = "Elders" },
            areas = new object[] { new { key = "A", name = "Gebied A", districts = new[] { town.District1, town.District2 } }, new { key = "B", name = "Gebied B", districts = new[] { town.District2 } } },
            districts = new object[] { new { code = town.District1, name = "Eén" }, new { code = town.District2, name = "Twee" } },
            themes = Array.Empty<string>(),
        };

        using var refused = await SendAsync(client, Beheerder, HttpMethod.Put, "/api/tab/admin/municipality", broken);
        using var notJson = await SendRawAsync(client, Beheerder, "/api/tab/admin/municipality", "{ not json");
        using var nulls = await SendRawAsync(client, Beheerder, "/api/tab/admin/municipality", $$"""{"municipality":{"code":"{{town.Code}}","name":"Proefgemeente"},"areas":[null],"districts":[null],"themes":["Armoede"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("municipality.code", fields);
        Assert.Contains("themes", fields);
        Assert.Contains("districts[1].code", fields);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        // A null in a list is an empty entry, refused by its missing fields (it was a 500).
        Assert.Equal(HttpStatusCode.BadRequest, nulls.StatusCode);
        Assert.Equal("application/problem+json", nulls.Content.Headers.ContentType?.MediaType);
        Assert.Null(await azurite.Store.GetMunicipalityAsync(town.Code, CancellationToken.None));
    }

    [Fact]
    public async Task ALaterImportMayRenameAndAddButNotRemoveOrMoveADistrict()
    {
        var client = Start();
        using var first = await SendAsync(client, Beheerder, HttpMethod.Put, "/api/tab/admin/municipality", Structure());
        var moved = new
        {
            municipality = new { code = town.Code, name = "Proefstad" },
            areas = new object[] { new { key = "A", name = "Gebied A", districts = new[] { town.District1 } }, new { key = "B", name = "Gebied B", districts = new[] { town.District2, town.District3 } } },
            districts = new object[] { new { code = town.District1, name = "Eén" }, new { code = town.District2, name = "Twee" }, new { code = town.District3, name = "Drie" } },
            themes = new[] { "Armoede", "Meedoen" },
        };

        using var refused = await SendAsync(client, Beheerder, HttpMethod.Put, "/api/tab/admin/municipality", moved);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("kan niet naar een ander gebied", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Proefgemeente", (await azurite.Store.GetMunicipalityAsync(town.Code, CancellationToken.None))!.Name);
    }

    private object Structure() => new
    {
        municipality = new { code = town.Code, name = "Proefgemeente" },
        areas = new object[] { new { key = "A", name = "Gebied A", districts = new[] { town.District1, town.District2 } }, new { key = "B", name = "Gebied B", districts = new[] { town.District3 } } },
        districts = new object[] { new { code = town.District1, name = "Eén" }, new { code = town.District2, name = "Twee" }, new { code = town.District3, name = "Drie", inferred = true } },
        themes = new[] { "Armoede", "Meedoen" },
    };

    private HttpClient Start()
    {
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return app.CreateClient();
    }

    private static Colleague Person(string id, string name, AppRole role) => new()
    {
        Id = new ColleagueId(id), Kind = ColleagueKind.Person, Name = name, Mail = "x@gemeente.example", Roles = [role], Districts = [],
    };

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }

    private Task<HttpResponseMessage> SendRawAsync(HttpClient client, Colleague who, string url, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
