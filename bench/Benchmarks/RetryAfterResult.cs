using Microsoft.AspNetCore.Http;

namespace Wijkverbinder.Benchmarks;

/// <summary>Adds Teams' Retry-After header (1 s) to a throttled answer.</summary>
internal static class RetryAfterResult
{
    public static IResult WithRetryAfter(this IResult result) => new WithHeader(result);

    private sealed class WithHeader(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "1";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
