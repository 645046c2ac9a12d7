namespace Wijkverbinder.Protocol.Connector;

/// <summary>The delay a response's Retry-After header asks for, in seconds or as a date, capped.</summary>
internal static class RetryAfterDelay
{
    /// <summary>Null when the response has no usable Retry-After, so the backoff decides.</summary>
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        if (delay is not { } value)
        {
            return null;
        }

        return value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;
    }
}
