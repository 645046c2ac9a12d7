using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Meetings;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>
/// Changing a shared resource on the tab API against Azurite (<c>PUT /api/tab/resources/{id}</c>): the area's
/// wijkmanager renames it and hands it to another wijkmanager, who from then on decides its open requests and the old
/// approver no longer does; a change based on an old version is a 409 that changes nothing; a wijkmanager of another
/// area is refused; an approver who is no wijkmanager is a 400.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabResourceChangeTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task TheWijkmanagerHandsTheResourceToAnotherWhoThenDecidesItsOpenRequests()
    {
        var (t, client) = await StartAsync();
        var noor = await SaveAsync(t, MeetingTown.Person("Noor", AppRole.DistrictManager, [t.People.Town.District1]));
        var wim = await SaveAsync(t, MeetingTown.Person("Wim", AppRole.DistrictManager, [t.People.Town.District3]));
        var open = await t.RequestAsync(3, 4);
        var read = await VersionAsync(client, t);

        using var changed = await SendAsync(client, t.People.Manager, HttpMethod.Put, $"/api/tab/resources/{t.Tent.Id}", Change("Grote partytent", noor, read));
        using var stale = await SendAsync(client, t.People.Manager, HttpMethod.Put, $"/api/tab/resources/{t.Tent.Id}", Change("Partytent", t.People.Manager, read));
        using var byOldApprover = await SendAsync(client, t.People.Manager, HttpMethod.Post, $"/api/tab/bookings/{open.Id}/approve");
        using var byNewApprover = await SendAsync(client, noor, HttpMethod.Post, $"/api/tab/bookings/{open.Id}/approve");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Grote partytent", noor.Id.Value), (body.GetProperty("name").GetString(), body.GetProperty("approver").GetString()));
        Assert.NotEqual(read, body.GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("net gewijzigd", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byOldApprover.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byNewApprover.StatusCode);
        var stored = (await t.Service.GetResourceAsync(t.Tent.Id, CancellationToken.None))!;
        Assert.Equal(("Grote partytent", noor.Id, t.Tent.Area), (stored.Name, stored.Approver, stored.Area));

        using var otherArea = await SendAsync(client, wim, HttpMethod.Put, $"/api/tab/resources/{t.Tent.Id}", Change("Van Wim", wim, stored.Version));
        using var notAManager = await SendAsync(client, noor, HttpMethod.Put, $"/api/tab/resources/{t.Tent.Id}", Change("Grote partytent", t.People.Ann, stored.Version));
        using var unknown = await SendAsync(client, noor, HttpMethod.Put, $"/api/tab/resources/{t.Code}.R.bestaat-niet", Change("Tent", noor, stored.Version));

        Assert.Equal(HttpStatusCode.Forbidden, otherArea.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAManager.StatusCode);
        Assert.True((await notAManager.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("approver", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(stored.Version, (await t.Service.GetResourceAsync(t.Tent.Id, CancellationToken.None))!.Version);
    }

    private static object Change(string name, Colleague approver, string? version) =>
        new { name, description = "Tent van 6 bij 3 meter", approver = approver.Id.Value, version };

    private async Task<string?> VersionAsync(HttpClient client, BookingTown t)
    {
        using var response = await SendAsync(client, t.People.Manager, HttpMethod.Get, "/api/tab/resources");
        var tent = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        return tent.GetProperty("version").GetString();
    }

    private static async Task<Colleague> SaveAsync(BookingTown t, Colleague colleague)
    {
        await t.People.Colleagues.SaveAsync(t.Code, colleague, CancellationToken.None);
        return colleague;
    }

    private async Task<(BookingTown Town, HttpClient Client)> StartAsync()
    {
        var town = await BookingTown.CreateAsync(azurite);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return (town, app.CreateClient());
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
