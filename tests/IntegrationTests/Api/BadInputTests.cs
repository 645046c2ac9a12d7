using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Api;

/// <summary>Bad input gets a 400 problem that names each wrong field, and nothing is written.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BadInputTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TeamsAppFactory app = new(azurite);

    public void Dispose() => app.Dispose();

    /// <summary>{D1}, {D3} and {MEMBER} stand for the test town's districts and an existing member.</summary>
    [Theory]
    [InlineData("/api/initiatives", "{}", "name,districts")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}"],"themes":["onbekend"]}""", "themes[0]")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}","{D3}"]}""", "districts")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["WK777701"]}""", "districts")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}"],"joinedOn":"28-11-2026"}""", "joinedOn")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}"],"joinedOn":"2027-01-01"}""", "joinedOn")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}"],"description":"Voor mevrouw met BSN 111222333"}""", "description")]
    [InlineData("/api/initiatives", """{"name":5,"districts":["{D1}"]}""", "name")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}"],"ties":[{"other":"{MEMBER}","type":"Befriends"}]}""", "ties[0].type")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}"],"ties":[{"other":"{MEMBER}","type":"WorksWith","since":"2026-05-01","lastContactOn":"2026-04-01"}]}""", "ties[0].lastContactOn")]
    [InlineData("/api/initiatives", """{"name":"Moestuin","districts":["{D1}"],"ties":[{"other":"{MEMBER}","type":"1"}]}""", "ties[0].type")]
    [InlineData("/api/initiatives", """{"name": """, "name")]
    [InlineData("/api/initiatives", """[1, 2]""", "body")]
    [InlineData("/api/initiatives", "", "body")]
    [InlineData("/api/partners", """{"name":"Buurtcentrum","districts":["{D1}"]}""", "partnerKind")]
    [InlineData("/api/partners", """{"districts":["{D1}"],"partnerKind":"Castle"}""", "partnerKind,name")]
    [InlineData("/api/partners", """{"name":"Buurtcentrum","districts":["{D1}"],"partnerKind":"Castle"}""", "partnerKind")]
    [InlineData("/api/people", """{"name":"Vera Bos","districts":["{D1}"],"roles":["Astronaut"],"email":"vera@","phone":"bel me"}""", "roles[0],email,phone")]
    [InlineData("/api/members/{MEMBER}/ties", """{"other":"{MEMBER}","type":"WorksWith"}""", "other")]
    [InlineData("/api/members/{MEMBER}/ties", """{"type":"WorksWith"}""", "other")]
    public async Task IsRefusedWithTheFieldAndWritesNothing(string path, string body, string fields)
    {
        var town = await azurite.NewMunicipalityAsync();
        using var client = app.CreateClient();
        var member = await NetworkApiTests.CreateAsync(client, "/api/partners", new { name = "Buurtcentrum", districts = new[] { town.District1 }, partnerKind = "CommunityCentre" });
        string Fill(string text) => text.Replace("{D1}", town.District1, StringComparison.Ordinal).Replace("{D3}", town.District3, StringComparison.Ordinal).Replace("{MEMBER}", member, StringComparison.Ordinal);
        var before = await azurite.Store.GetAreaNetworkAsync(town.AreaA, CancellationToken.None);

        using var response = await client.PostAsync(Fill(path), new StringContent(Fill(body), Encoding.UTF8, "application/json"));

        Assert.Equal(fields.Split(','), await NetworkApiTests.ProblemFieldsAsync(response));
        var after = await azurite.Store.GetAreaNetworkAsync(town.AreaA, CancellationToken.None);
        Assert.Equal((before.Members.Count, before.Ties.Count), (after.Members.Count, after.Ties.Count));
        Assert.Equal(before.Members.Single().Version, after.Members.Single().Version);
    }

    [Fact]
    public async Task ExplainsInDutchByDefaultAndInEnglishOnRequest()
    {
        using var client = app.CreateClient();

        using var dutch = await client.PostAsJsonAsync("/api/initiatives", new { });
        var english = new HttpRequestMessage(HttpMethod.Post, "/api/initiatives") { Content = JsonContent.Create(new { }) };
        english.Headers.AcceptLanguage.ParseAdd("en-GB");
        using var inEnglish = await client.SendAsync(english);

        Assert.Equal("Dit veld is verplicht.", await FirstMessageAsync(dutch, "name"));
        Assert.Equal("This field is required.", await FirstMessageAsync(inEnglish, "name"));
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedUnread()
    {
        // Kestrel, not the test server, enforces request size limits: this test runs the host on a real socket.
        using var kestrel = new TeamsAppFactory(azurite);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        using var client = kestrel.CreateClient();
        var huge = $$"""{"name":"{{new string('a', 70 * 1024)}}","districts":["WK020201"]}""";

        using var response = await client.PostAsync("/api/initiatives", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string?> FirstMessageAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty(field)[0].GetString();
    }
}
