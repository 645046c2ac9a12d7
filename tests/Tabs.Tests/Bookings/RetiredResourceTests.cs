using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.Tabs.Tests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Bookings;

namespace Wijkverbinder.Tabs.Tests.Bookings;

/// <summary>The resources page lists a retired resource as retired, with its reason, and does not offer it in the request form.</summary>
public sealed class RetiredResourceTests : TabTestContext
{
    private static readonly SharedResource Trailer = new() { Id = new ResourceId("GM0202", "aanhanger"), Name = "Aanhanger", Approver = ReferralTabTown.Alex.Id };

    private static readonly SharedResource Tent = new()
    {
        Id = new ResourceId("GM0202", "partytent"), Name = "Partytent", Approver = ReferralTabTown.Alex.Id,
        RetiredAt = ReferralTabTown.Now, RetiredReason = "Versleten",
    };

    [Fact]
    public void ARetiredResourceIsMarkedAndNotOfferedForARequest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var town = new ReferralTabTown();
        var store = new InMemoryBookingStore();
        town.AddTo(Services);
        store.Put(Trailer);
        store.Put(Tent);
        Services.AddSingleton<IBookingStore>(store);
        Services.AddSingleton(new BookingService(store, town.Colleagues, town.Network, new FixedClock(ReferralTabTown.Now)));
        Services.AddSingleton(new BookingViews(store, town.Colleagues, town.Network));
        Services.AddSingleton<BookingTabQueries>();

        var page = RenderFor<BookingsPage>(ReferralTabTown.UserFor(ReferralTabTown.Alex));
        page.WaitForElement("#booking-resource");

        var marker = page.WaitForElement("section[aria-labelledby='resource-partytent'] .retired");
        Assert.Equal("Buiten gebruik: Versleten", marker.TextContent.Trim());
        Assert.Empty(page.FindAll("section[aria-labelledby='resource-aanhanger'] .retired"));
        var offered = page.FindAll("#booking-resource option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", Trailer.Id.ToString()], offered);
    }
}
