using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class NetworkApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TeamsAppFactory app = new(azurite);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task ListsAMunicipalitysDistrictsWithTheirAreas()
    {
        var town = await azurite.NewMunicipalityAsync();
        using var client = app.CreateClient();

        var districts = await client.GetFromJsonAsync<JsonElement>($"/api/municipalities/{town.Code}/districts");

        Assert.Equal([town.District1, town.District2, town.District3], districts.EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(town.AreaB.ToString(), districts[2].GetProperty("area").GetString());
        Assert.True(districts[2].GetProperty("inferred").GetBoolean());
    }

    [Fact]
    public async Task CreatesAMemberWithTiesAndShowsItInItsDistrict()
    {
        var town = await azurite.NewMunicipalityAsync();
        using var client = app.CreateClient();
        var centre = await CreateAsync(client, "/api/partners", new { name = "Buurtcentrum De Kroon", districts = new[] { town.District1 }, partnerKind = "CommunityCentre" });

        using var response = await client.PostAsJsonAsync("/api/initiatives", new
        {
            name = "Moestuin De Kroon",
            districts = new[] { town.District1 },
            themes = new[] { "meedoen" },
            occasional = true,
            description = "Samen tuinieren achter het buurtcentrum.",
            ties = new[] { new { other = centre, type = "supportedBy", since = "2026-01-05", lastContactOn = "2026-11-20" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var read = await client.GetAsync(response.Headers.Location);
        var member = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(created.GetProperty("id").GetString(), member.GetProperty("id").GetString());
        Assert.Equal(member.GetProperty("version").GetString(), read.Headers.ETag?.ToString());
        Assert.True(member.GetProperty("occasional").GetBoolean());
        var tie = Assert.Single(member.GetProperty("ties").EnumerateArray());
        Assert.Equal(("SupportedBy", centre, "2026-11-20"), (tie.GetProperty("type").GetString(), tie.GetProperty("to").GetString(), tie.GetProperty("lastContactOn").GetString()));

        var network = await client.GetFromJsonAsync<JsonElement>($"/api/districts/{town.District1}/network");
        Assert.Equal(["Buurtcentrum De Kroon", "Moestuin De Kroon"], network.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()).Order());
        Assert.Single(network.GetProperty("ties").EnumerateArray());
    }

    [Fact]
    public async Task ContactDetailsAreShownOnlyWithThePersonsConsent()
    {
        var town = await azurite.NewMunicipalityAsync();
        using var client = app.CreateClient();
        var withConsent = await CreateAsync(client, "/api/people", new { name = "Vera Bos", districts = new[] { town.District1 }, roles = new[] { "Volunteer" }, email = "vera@example.org", showContactDetails = true });
        var without = await CreateAsync(client, "/api/people", new { name = "Joost Smit", districts = new[] { town.District1 }, roles = new[] { "Resident" }, email = "joost@example.org" });

        var shown = await client.GetFromJsonAsync<JsonElement>($"/api/members/{withConsent}");
        var hidden = await client.GetFromJsonAsync<JsonElement>($"/api/members/{without}");

        Assert.Equal("vera@example.org", shown.GetProperty("email").GetString());
        Assert.Equal(AzuriteFixture.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), shown.GetProperty("consentRecordedOn").GetString());
        Assert.False(hidden.TryGetProperty("email", out _));
        Assert.False(hidden.GetProperty("showContactDetails").GetBoolean());
        Assert.False(hidden.TryGetProperty("consentRecordedOn", out _));
    }

    [Fact]
    public async Task AnUpdateNeedsTheVersionItWasBasedOn()
    {
        var town = await azurite.NewMunicipalityAsync();
        using var client = app.CreateClient();
        var id = await CreateAsync(client, "/api/initiatives", new { name = "Taalcafé", districts = new[] { town.District1 } });
        using var first = await client.GetAsync($"/api/members/{id}");
        var version = first.Headers.ETag!.ToString();
        var body = new { name = "Taalcafé Noord", districts = new[] { town.District2 }, themes = new[] { "armoede" } };

        using var withoutVersion = await client.PutAsJsonAsync($"/api/initiatives/{id}", body);
        using var accepted = await PutAsync(client, $"/api/initiatives/{id}", body, version);
        using var stale = await PutAsync(client, $"/api/initiatives/{id}", body with { name = "Taalcafé Zuid" }, version);
        using var wrongKind = await PutAsync(client, $"/api/partners/{id}", new { name = "x", districts = new[] { town.District1 }, partnerKind = "School" }, accepted.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutVersion.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/members/{id}");
        Assert.Equal("Taalcafé Noord", stored.GetProperty("name").GetString());
        Assert.Equal(town.District2, stored.GetProperty("districts")[0].GetString());
        Assert.Equal("2026-11-28", stored.GetProperty("joinedOn").GetString());
    }

    [Fact]
    public async Task ATiesLastContactCanBeUpdated()
    {
        var town = await azurite.NewMunicipalityAsync();
        using var client = app.CreateClient();
        var centre = await CreateAsync(client, "/api/partners", new { name = "Buurtcentrum", districts = new[] { town.District1 }, partnerKind = "CommunityCentre" });
        var garden = await CreateAsync(client, "/api/initiatives", new { name = "Moestuin", districts = new[] { town.District1 } });
        using var added = await client.PostAsJsonAsync($"/api/members/{garden}/ties", new { other = centre, type = "WorksWith", since = "2026-02-01" });
        using var again = await client.PostAsJsonAsync($"/api/members/{garden}/ties", new { other = centre, type = "WorksWith" });
        var version = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();

        using var updated = await PutAsync(client, $"/api/members/{garden}/ties/{centre}/WorksWith", new { lastContactOn = "2026-11-27" }, version!);
        using var beforeStart = await PutAsync(client, $"/api/members/{garden}/ties/{centre}/WorksWith", new { lastContactOn = "2025-01-01" }, version!);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("lastContactOn", (await ProblemFieldsAsync(beforeStart)).Single());
        var fromCentre = await client.GetFromJsonAsync<JsonElement>($"/api/members/{centre}");
        Assert.Equal("2026-11-27", fromCentre.GetProperty("ties")[0].GetProperty("lastContactOn").GetString());
    }

    [Fact]
    public async Task SearchTakesTheNameLiterally()
    {
        var town = await azurite.NewMunicipalityAsync();
        using var client = app.CreateClient();
        await CreateAsync(client, "/api/initiatives", new { name = "Moestuin", districts = new[] { town.District1 } });
        await CreateAsync(client, "/api/initiatives", new { name = "O'Brien' or Name ne '", districts = new[] { town.District1 } });

        var tricky = await client.GetFromJsonAsync<JsonElement>($"/api/areas/{town.AreaA}/members?name={Uri.EscapeDataString("O'Brien' or")}");
        var injected = await client.GetFromJsonAsync<JsonElement>($"/api/areas/{town.AreaA}/members?name={Uri.EscapeDataString("' or Name ne '")}");

        Assert.Equal("O'Brien' or Name ne '", Assert.Single(tricky.EnumerateArray()).GetProperty("name").GetString());
        Assert.Empty(injected.EnumerateArray());
    }

    [Theory]
    [InlineData("/api/districts/WK123/network", HttpStatusCode.BadRequest)]
    [InlineData("/api/districts/WK999999/network", HttpStatusCode.NotFound)]
    [InlineData("/api/areas/nonsense/network", HttpStatusCode.BadRequest)]
    [InlineData("/api/members/GM0202.W1.nothex", HttpStatusCode.BadRequest)]
    [InlineData("/api/members/GM0202.W1.0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound)]
    [InlineData("/api/municipalities/GM9998", HttpStatusCode.NotFound)]
    public async Task BadAddressesGetAProblemNotAServerError(string path, HttpStatusCode expected)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static async Task<string> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    internal static async Task<IReadOnlyList<string>> ProblemFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return client.SendAsync(request);
    }
}
