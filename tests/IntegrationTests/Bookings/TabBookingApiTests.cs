using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>
/// The tab API's shared resources against Azurite: bad input is a 400 naming each field with nothing stored, held days
/// a 409 naming the other booking's days, a decision by anyone but the approver a 403, and the month lists a booking.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabBookingApiTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task BadInputIsRefusedFieldByFieldAndStoresNothing()
    {
        var (t, client) = await StartAsync();
        var url = $"/api/tab/resources/{t.Tent.Id}/bookings";
        var initiative = t.People.Garden.Id.ToString();
        var district = t.People.Town.District1;

        var cases = new (object Body, string Url, string Field, string Text)[]
        {
            (Body(Day(5), Day(3), district, initiative), url, "to", "De laatste dag moet op of na de eerste dag liggen."),
            (Body(Day(-2), Day(1), district, initiative), url, "from", "Deze datum ligt in het verleden."),
            (Body(Day(1), Day(20), district, initiative), url, "to", "Een reservering duurt hoogstens 14 dagen."),
            (Body("morgen", Day(1), district, initiative), url, "from", ""),
            (Body(Day(1), Day(2), district, initiative), $"/api/tab/resources/{t.Code}.R.bestaat-niet/bookings", "resource", "Er is geen gedeeld middel"),
            (Body(Day(1), Day(2), t.People.Town.District3, initiative), url, "district", "Dit middel is alleen voor de wijken van gebied Gebied A."),
            (Body(Day(1), Day(2), district, "geen-id"), url, "initiative", ""),
        };
        foreach (var (body, target, field, text) in cases)
        {
            using var response = await SendAsync(client, t.People.Ann, HttpMethod.Post, target, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{field} missing in {errors}");
            Assert.Contains(text, messages[0].GetString(), StringComparison.Ordinal);
        }

        using var badMonth = await SendAsync(client, t.People.Ann, HttpMethod.Get, $"/api/tab/resources/{t.Tent.Id}/calendar?month=december");
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Empty(await t.RowsAsync("booking"));
        Assert.Empty(await t.RowsAsync("day"));
    }

    [Fact]
    public async Task ARequestIsListedInItsMonthHeldDaysAreA409AndOnlyTheApproverDecides()
    {
        var (t, client) = await StartAsync();
        var url = $"/api/tab/resources/{t.Tent.Id}/bookings";

        using var created = await SendAsync(client, t.People.Ann, HttpMethod.Post, url, Body(Day(3), Day(5), t.People.Town.District1, t.People.Garden.Id.ToString()));
        var booking = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var held = await SendAsync(client, t.People.Manager, HttpMethod.Post, url, Body(Day(5), Day(7), t.People.Town.District1, t.People.Garden.Id.ToString()));
        var id = booking.GetProperty("id").GetString();
        using var byAnn = await SendAsync(client, t.People.Ann, HttpMethod.Post, $"/api/tab/bookings/{id}/approve");
        using var approved = await SendAsync(client, t.People.Manager, HttpMethod.Post, $"/api/tab/bookings/{id}/approve");
        using var again = await SendAsync(client, t.People.Manager, HttpMethod.Post, $"/api/tab/bookings/{id}/decline", new { reason = "Toch niet" });
        var month = await GetAsync(client, t.People.Manager, $"/api/tab/resources/{t.Tent.Id}/calendar?month={BookingTown.Today.AddDays(3):yyyy-MM}");
        var list = await GetAsync(client, t.People.Manager, "/api/tab/resources");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("Requested", "Moestuin", "Wijk Eén"), (booking.GetProperty("status").GetString(), booking.GetProperty("initiativeName").GetString(), booking.GetProperty("districtName").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Contains("tot en met", (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byAnn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var line = Assert.Single(month.GetProperty("bookings").EnumerateArray());
        Assert.Equal((id, "Approved", Day(3), Day(5)), (line.GetProperty("id").GetString(), line.GetProperty("status").GetString(), line.GetProperty("from").GetString(), line.GetProperty("to").GetString()));
        Assert.Equal(["Partytent"], list.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    private static string Day(int offset) => BookingTown.Today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object Body(string from, string to, string district, string initiative) =>
        new { from, to, purpose = "Burendag met koffie", district, initiative };

    private async Task<(BookingTown Town, HttpClient Client)> StartAsync()
    {
        var town = await BookingTown.CreateAsync(azurite);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return (town, app.CreateClient());
    }

    private async Task<JsonElement> GetAsync(HttpClient client, Colleague who, string url)
    {
        using var response = await SendAsync(client, who, HttpMethod.Get, url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
