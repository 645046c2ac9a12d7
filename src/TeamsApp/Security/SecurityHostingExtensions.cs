using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Hosting;

namespace Wijkverbinder.TeamsApp.Security;

/// <summary>The hardening of the TeamsApp host: security headers, request body limits and rate limits (docs/security.md).</summary>
public static class SecurityHostingExtensions
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SecurityOptions>(builder.Configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton<AppRateLimiters>();
        services.AddSingleton<TooManyRequests>();
        services.AddSingleton<IActivityRateLimiter, BotConversationRateLimiter>();
        services.CapCircuitLogging();

        // Kestrel refuses a larger body while it is read (a 413 problem through the bad-request handler); the bot
        // endpoint raises the limit for itself to its own.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<SecurityOptions>>((kestrel, security) => kestrel.Limits.MaxRequestBodySize = security.Value.MaxRequestBodyBytes);

        // Antiforgery would add X-Frame-Options: SAMEORIGIN, which keeps the pages out of Teams (see SecurityHeadersMiddleware).
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);

        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = System.Threading.RateLimiting.PartitionedRateLimiter.Create<HttpContext, string>(context =>
                ApiCallerPartition.For(context, context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.ApiPerCaller));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var answer = rejected.HttpContext.RequestServices.GetRequiredService<TooManyRequests>().Answer(rejected.HttpContext, retryAfter);
                await answer.ExecuteAsync(rejected.HttpContext);
            };
        });
        return builder;
    }

    /// <summary>First in the pipeline, so every response carries the headers, error pages included.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>After routing (the rate limiter looks at the request's path) and before the endpoints.</summary>
    public static WebApplication UseApiRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
