using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.Tabs.Tests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Bookings;

namespace Wijkverbinder.Tabs.Tests.Bookings;

/// <summary>The resources page records the resources and each calendar it reads (who asked), and each decision and request, ids only.</summary>
public sealed class BookingsPageAuditTests : TabTestContext
{
    private static readonly AreaId Noord = ReferralTabTown.Town.Areas[0].Id;

    private static readonly Initiative Garden = new()
    {
        Id = new MemberId(Noord, new string('1', 32)), Name = "Buurtmoestuin", Districts = [ReferralTabTown.District], Themes = ["armoede"],
        JoinedOn = new DateOnly(2026, 1, 1),
    };

    private static readonly SharedResource Trailer = new() { Id = new ResourceId("GM0202", "aanhanger"), Name = "Aanhanger", Approver = ReferralTabTown.Alex.Id };

    private readonly ReferralTabTown town = new();
    private readonly InMemoryBookingStore store = new();

    public BookingsPageAuditTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
        town.Network.Members.Add(Garden);
        store.Put(Trailer);
        Services.AddSingleton<IBookingStore>(store);
        Services.AddSingleton(new BookingService(store, town.Colleagues, town.Network, new FixedClock(ReferralTabTown.Now)));
        Services.AddSingleton(new BookingViews(store, town.Colleagues, town.Network));
        Services.AddSingleton<BookingTabQueries>();
    }

    [Fact]
    public void ReadsDecisionsAndRequestsAreRecordedAndADecisionBySomeoneNoLongerTheApproverIsDenied()
    {
        var approved = Requested("a", ReferralTabTown.Megan.Id, 27);
        var refused = Requested("b", ReferralTabTown.Kees.Id, 29);
        var alex = ReferralTabTown.UserFor(ReferralTabTown.Alex);
        var page = RenderFor<BookingsPage>(alex);
        page.WaitForElement($"tr[data-booking='{refused.Id}'] fluent-button");

        page.Click($"tr[data-booking='{approved.Id}'] fluent-button");
        page.WaitForAssertion(() => Assert.Equal(BookingStatus.Approved, store.Current(approved.Id).Status));

        // The Beheerder names another approver while the page is open: Alex's decline is refused to him.
        store.Put(Trailer with { Approver = ReferralTabTown.Kees.Id });
        page.FindAll($"tr[data-booking='{refused.Id}'] fluent-button")[1].Click();
        page.WaitForElement("#booking-problem");

        page.Find("#booking-submit").Closest("form")!.Submit();
        page.WaitForElement("#booking-from-error");

        var resource = Trailer.Id.ToString();
        page.WaitForAssertion(() => PageAuditAssert.Recorded(
            PageAuditLog.Records,
            alex,
            ("tab:resource.list", "resource", null, AuditResult.Allowed),
            ("tab:resource.calendar", "resource", resource, AuditResult.Allowed),
            ("tab:booking.mine", "booking", null, AuditResult.Allowed),
            ("tab:booking.approve", "booking", approved.Id.ToString(), AuditResult.Allowed),
            ("tab:resource.calendar", "resource", resource, AuditResult.Allowed),
            ("tab:booking.mine", "booking", null, AuditResult.Allowed),
            ("tab:booking.decline", "booking", refused.Id.ToString(), AuditResult.Denied),
            ("tab:resource.calendar", "resource", resource, AuditResult.Allowed),
            ("tab:booking.mine", "booking", null, AuditResult.Allowed),
            ("tab:booking.request", "resource", null, AuditResult.Failed)));
        Assert.Equal((BookingStatus.Requested, 1), (store.Current(refused.Id).Status, store.Saves));
        Assert.Contains("Buurtfeest", page.Markup, StringComparison.Ordinal);
        PageAuditAssert.HoldsNone(PageAuditLog.Records, "Buurtfeest", "Buurtmoestuin", ReferralTabTown.Megan.Name, ReferralTabTown.Kees.Name);
    }

    [Fact]
    public void MyBookingsListsOnlyMineStillHoldingDaysAndCancelsOne()
    {
        var mine = Requested("c", ReferralTabTown.Alex.Id, 27);
        var past = Requested("d", ReferralTabTown.Alex.Id, 20);
        var others = Requested("e", ReferralTabTown.Kees.Id, 29);
        var page = RenderFor<BookingsPage>(ReferralTabTown.UserFor(ReferralTabTown.Alex));

        page.WaitForElement($"tr[data-mine='{mine.Id}']");
        Assert.Single(page.FindAll("#bookings-mine tbody tr"));
        Assert.Contains("Aanhanger", page.Find($"tr[data-mine='{mine.Id}']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll($"tr[data-mine='{past.Id}'], tr[data-mine='{others.Id}']"));

        page.Click($"tr[data-mine='{mine.Id}'] fluent-button");

        page.WaitForAssertion(() => Assert.Equal(BookingStatus.Cancelled, store.Current(mine.Id).Status));
        page.WaitForElement("#bookings-mine-none");
        Assert.Equal(BookingStatus.Requested, store.Current(others.Id).Status);
    }

    private Booking Requested(string local, ColleagueId by, int day)
    {
        var booking = new Booking
        {
            Id = new BookingId("GM0202", local.PadLeft(32, '0')),
            Resource = Trailer.Id,
            From = new DateOnly(2026, 11, day),
            To = new DateOnly(2026, 11, day + 1),
            Purpose = "Buurtfeest",
            District = ReferralTabTown.District,
            Initiative = Garden.Id,
            RequestedBy = by,
            Status = BookingStatus.Requested,
            CreatedAt = ReferralTabTown.Now.AddDays(-1),
            UpdatedAt = ReferralTabTown.Now.AddDays(-1),
            Sequence = 1,
        };
        store.Add(booking);
        return booking;
    }
}
