using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Bookings;

/// <summary>
/// The booking rules without storage: which days a request may ask for, which bookings hold days and so conflict
/// (pending requests do, declined and cancelled ones do not, touching ranges do not overlap), and who may decide.
/// </summary>
public sealed class BookingRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly AreaId AreaA = new("GM0202", "A");
    private static readonly AreaId AreaB = new("GM0202", "B");

    private static readonly Municipality Town = new(
        "GM0202", "Arnhem",
        [new Area(AreaA, "Noord", ["WK020201"]), new Area(AreaB, "Zuid", ["WK020202"])],
        [new District("WK020201", "Klarendal", AreaA), new District("WK020202", "Malburgen", AreaB)],
        [new Theme("meedoen", "Meedoen")]);

    private static readonly Colleague Manager = Person("11111111-1111-1111-1111-111111111111", AppRole.DistrictManager);
    private static readonly Colleague Requester = Person("22222222-2222-2222-2222-222222222222", AppRole.DistrictTeam);
    private static readonly Colleague Other = Person("33333333-3333-3333-3333-333333333333", AppRole.DistrictManager);

    private static readonly SharedResource Tent = new() { Id = new("GM0202", "partytent"), Name = "Partytent", Area = AreaA, Approver = Manager.Id };

    [Fact]
    public void AValidRequestPasses()
    {
        Assert.Empty(BookingValidator.Validate(Request(Today.AddDays(3), Today.AddDays(5)), Tent, Town, Today));
    }

    [Theory]
    [InlineData(-1, 2, "from", ValidationCodes.InPast)]
    [InlineData(5, 3, "to", ValidationCodes.ToBeforeFrom)]
    [InlineData(1, BookingLimits.MaxDays + 1, "to", ValidationCodes.BookingTooLong)]
    [InlineData(BookingLimits.MaxDaysAhead + 1, BookingLimits.MaxDaysAhead + 2, "from", ValidationCodes.TooFarAhead)]
    public void BadDaysAreRefusedAtTheirField(int from, int to, string field, string code)
    {
        var errors = BookingValidator.Validate(Request(Today.AddDays(from), Today.AddDays(to)), Tent, Town, Today);

        var error = Assert.Single(errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void FourteenDaysIsTheLongestBookingAndTodayTheEarliestStart()
    {
        Assert.Empty(BookingValidator.Validate(Request(Today, Today.AddDays(BookingLimits.MaxDays - 1)), Tent, Town, Today));
    }

    [Fact]
    public void AnUnknownResourceADistrictOutsideItsAreaAndMissingFieldsAreAllNamed()
    {
        var unknown = BookingValidator.Validate(Request(Today.AddDays(1), Today.AddDays(1)), null, Town, Today);
        var outside = BookingValidator.Validate(Request(Today.AddDays(1), Today.AddDays(1)) with { District = "WK020202" }, Tent, Town, Today);
        var empty = BookingValidator.Validate(new BookingRequest(Tent.Id, Today, Today, " ", null, null), Tent, Town, Today);
        var bsn = BookingValidator.Validate(Request(Today, Today) with { Purpose = "Voor mevrouw met BSN 111222333" }, Tent, Town, Today);

        Assert.Equal(ValidationCodes.UnknownResource, Assert.Single(unknown).Code);
        Assert.Equal(("district", ValidationCodes.OutsideResourceArea, "Noord"), Only(outside));
        Assert.Equal(["purpose", "district", "initiative"], empty.Select(e => e.Field));
        Assert.Equal(ValidationCodes.ContainsBsn, Assert.Single(bsn).Code);
    }

    [Fact]
    public void ARequestedOrApprovedBookingHoldsItsDaysAndTouchingRangesDoNotConflict()
    {
        var requested = Booking(Today.AddDays(10), Today.AddDays(12), BookingStatus.Requested);
        var declined = Booking(Today.AddDays(3), Today.AddDays(6), BookingStatus.Declined);
        var cancelled = Booking(Today.AddDays(3), Today.AddDays(6), BookingStatus.Cancelled);
        var approved = Booking(Today.AddDays(20), Today.AddDays(20), BookingStatus.Approved);
        Booking[] all = [requested, declined, cancelled, approved];

        Assert.Same(requested, BookingValidator.Conflicting(all, Today.AddDays(12), Today.AddDays(14)));
        Assert.Same(requested, BookingValidator.Conflicting(all, Today.AddDays(8), Today.AddDays(10)));
        Assert.Same(approved, BookingValidator.Conflicting(all, Today.AddDays(15), Today.AddDays(25)));
        Assert.Null(BookingValidator.Conflicting(all, Today.AddDays(3), Today.AddDays(9)));
        Assert.Null(BookingValidator.Conflicting(all, Today.AddDays(13), Today.AddDays(19)));
        var conflict = BookingValidator.Conflict(requested);
        Assert.Equal([Today.AddDays(10), Today.AddDays(12), "Requested"], conflict.Arguments);
    }

    [Fact]
    public void OnlyTheApproverDecidesOnceAndADeclineNeedsAReason()
    {
        var requested = Booking(Today.AddDays(1), Today.AddDays(2), BookingStatus.Requested);
        var at = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

        var byOther = BookingLifecycle.Approve(requested, Tent, Other, at);
        var byRequester = BookingLifecycle.Decline(requested, Tent, Requester, "", at);
        var noReason = BookingLifecycle.Decline(requested, Tent, Manager, "  ", at);
        var approved = BookingLifecycle.Approve(requested, Tent, Manager, at);
        var again = BookingLifecycle.Decline(approved.Value!.After, Tent, Manager, "Toch niet", at);

        Assert.Equal(ValidationCodes.NotApprover, Assert.Single(byOther.Errors).Code);
        Assert.Equal(ValidationCodes.NotApprover, Assert.Single(byRequester.Errors).Code);
        Assert.True(ActorRefusals.Any(byOther.Errors)); // recorded as Denied, answered as a refusal of the actor
        Assert.False(ActorRefusals.Any(noReason.Errors));
        Assert.Equal(("reason", ValidationCodes.Required), (Assert.Single(noReason.Errors).Field, noReason.Errors[0].Code));
        Assert.Equal(BookingStatus.Approved, approved.Value.After.Status);
        Assert.Equal(2, approved.Value.After.Sequence);
        Assert.Equal(BookingTaskKind.TellRequester, Assert.Single(approved.Value.Tasks).Kind);
        Assert.Equal([BookingAction.Decline.ToString(), BookingStatus.Approved.ToString()], Assert.Single(again.Errors).Arguments);
    }

    [Fact]
    public void TheRequesterOrTheApproverCancelsAndOnlyTheApproversCancellationIsTold()
    {
        var approved = Booking(Today.AddDays(1), Today.AddDays(2), BookingStatus.Approved);
        var at = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

        var byRequester = BookingLifecycle.Cancel(approved, Tent, Requester, null, at);
        var byApprover = BookingLifecycle.Cancel(approved, Tent, Manager, "Wagen kapot", at);
        var byOther = BookingLifecycle.Cancel(approved, Tent, Other, null, at);
        var twice = BookingLifecycle.Cancel(byRequester.Value!.After, Tent, Requester, null, at);

        Assert.False(byRequester.Value.After.HoldsDays);
        Assert.Empty(byRequester.Value.Tasks);
        Assert.Equal("Wagen kapot", byApprover.Value!.After.Reason);
        Assert.Equal(BookingTaskKind.TellRequester, Assert.Single(byApprover.Value.Tasks).Kind);
        Assert.Equal(ValidationCodes.NotRequesterOrApprover, Assert.Single(byOther.Errors).Code);
        Assert.True(ActorRefusals.Any(byOther.Errors));
        Assert.Equal(ValidationCodes.BookingNotAllowedNow, Assert.Single(twice.Errors).Code);
    }

    [Fact]
    public void IdsRoundTripAndRefuseOtherShapes()
    {
        Assert.True(ResourceId.TryParse("GM0202.R.pipowagen", out var resource));
        Assert.Equal(new ResourceId("GM0202", "pipowagen"), resource);
        Assert.False(ResourceId.TryParse("GM0202.R.Pipo wagen", out _));
        Assert.False(ResourceId.TryParse("GM0202.R.-pipo", out _));
        var id = new BookingId("GM0202", new string('a', 32));
        Assert.True(BookingId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(id, parsed);
        Assert.False(BookingId.TryParse("GM0202.M." + new string('a', 32), out _));
    }

    private static (string, string, object) Only(List<ValidationError> errors)
    {
        var error = Assert.Single(errors);
        return (error.Field, error.Code, error.Arguments[0]);
    }

    private static BookingRequest Request(DateOnly from, DateOnly to) =>
        new(Tent.Id, from, to, "Burendag in de wijk", "WK020201", new MemberId(AreaA, new string('b', 32)));

    private static Booking Booking(DateOnly from, DateOnly to, BookingStatus status) => new()
    {
        Id = new BookingId("GM0202", Guid.NewGuid().ToString("N")),
        Resource = Tent.Id,
        From = from,
        To = to,
        Purpose = "Burendag",
        District = "WK020201",
        Initiative = new MemberId(AreaA, new string('b', 32)),
        RequestedBy = Requester.Id,
        Status = status,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
        Sequence = 1,
    };

    private static Colleague Person(string id, AppRole role) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Person,
        Name = id[..4],
        Mail = id[..4] + "@gemeente.example",
        Roles = [role],
        Districts = ["WK020201"],
    };
}
