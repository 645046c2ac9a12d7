using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Protocol.Connector;

namespace Wijkverbinder.Connector.Tests;

public sealed class RetryAfterDelayTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(1);

    [Fact]
    public void Seconds_are_taken_as_they_are() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterDelay.From(Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))), Time, Max));

    [Fact]
    public void A_date_counts_from_the_injected_clock() =>
        Assert.Equal(
            TimeSpan.FromSeconds(12),
            RetryAfterDelay.From(Throttled(new RetryConditionHeaderValue(Time.GetUtcNow().AddSeconds(12))), Time, Max));

    [Fact]
    public void A_past_date_means_now() =>
        Assert.Equal(TimeSpan.Zero, RetryAfterDelay.From(Throttled(new RetryConditionHeaderValue(Time.GetUtcNow().AddSeconds(-5))), Time, Max));

    [Fact]
    public void A_long_wait_is_capped() =>
        Assert.Equal(Max, RetryAfterDelay.From(Throttled(new RetryConditionHeaderValue(TimeSpan.FromHours(2))), Time, Max));

    [Fact]
    public void Without_the_header_the_backoff_decides() => Assert.Null(RetryAfterDelay.From(Throttled(null), Time, Max));

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue? retryAfter) =>
        new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = retryAfter } };
}
