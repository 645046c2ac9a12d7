using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Meetings;

/// <summary>
/// A user's "today" is the Dutch date: late in the evening UTC it is already the next day (month, year) in the
/// Netherlands, which is when CI runs and when a wijkmanager may still be at work.
/// </summary>
public sealed class DutchTodayTests
{
    [Theory]
    [InlineData("2026-11-28T09:00:00Z", "2026-11-28")]
    [InlineData("2026-11-30T22:59:00Z", "2026-11-30")]
    [InlineData("2026-11-30T23:30:00Z", "2026-12-01")]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")]
    [InlineData("2026-07-31T22:30:00Z", "2026-08-01")]
    [InlineData("2026-07-31T21:59:00Z", "2026-07-31")]
    public void TodayIsTheDateInTheNetherlands(string utc, string dutch) =>
        Assert.Equal(DateOnly.Parse(dutch, System.Globalization.CultureInfo.InvariantCulture), DutchTime.Today(Clock(utc)));

    [Fact]
    public void AMemberWhoJoinedTodayInTheNetherlandsIsNotInTheFutureBeforeMidnightUtc()
    {
        var validator = new MemberValidator(Clock("2026-11-30T23:30:00Z"));
        var area = new AreaId("GM9999", "N");
        var town = new Municipality("GM9999", "Proefdorp", [new Area(area, "Noord", ["WK999901"])], [new District("WK999901", "Eén", area)], [new Theme("meedoen", "Meedoen")]);
        var joinedToday = new Initiative { Id = new MemberId(area, new string('a', 32)), Name = "Buurttuin", Districts = ["WK999901"], Themes = ["meedoen"], JoinedOn = new DateOnly(2026, 12, 1) };

        Assert.Empty(validator.Validate(joinedToday, town).Errors);
        Assert.Equal(
            ["joinedOn:InFuture"],
            validator.Validate(joinedToday with { JoinedOn = new DateOnly(2026, 12, 2) }, town).Errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    private static FakeTimeProvider Clock(string utc) =>
        new(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal));
}
