using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Wijkverbinder.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>The name of the activity source and meter that the app's own code reports on.</summary>
    public const string TelemetryName = "Wijkverbinder";

    /// <summary>Application Insights' connection string; the infrastructure sets it on both apps (infra/main.bicep).</summary>
    public const string ApplicationInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Where OTLP goes; the Aspire app host sets it to its dashboard.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service's name in telemetry; the Aspire app host sets it, elsewhere it is the assembly's name.</summary>
    public const string ServiceNameSetting = "OTEL_SERVICE_NAME";

    /// <summary>Adds OpenTelemetry (traces, metrics, logs) with its exporters, and the default health check.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        // Application Insights shows the service name as the cloud role, so the TeamsApp and the Functions can be told
        // apart when a referral is followed from the bot through the queue to the mail.
        var serviceName = builder.Configuration[ServiceNameSetting] is { Length: > 0 } configured ? configured : builder.Environment.ApplicationName;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, autoGenerateServiceInstanceId: false))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(TelemetryName))
            .WithTracing(tracing => tracing
                .AddSource(TelemetryName)
                .AddSource("Azure.*")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation());

        // Locally the Aspire app host sets the OTLP endpoint (its dashboard); in Azure the infrastructure sets Application
        // Insights' connection string. Either, both or neither: without them nothing is exported.
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        var applicationInsights = builder.Configuration[ApplicationInsightsSetting];
        if (!string.IsNullOrWhiteSpace(applicationInsights))
        {
            builder.Services.AddOpenTelemetry().UseAzureMonitorExporter(options => options.ConnectionString = applicationInsights);
        }

        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);

        // No default resilience handler on every HttpClient: each outbound client owns its one pipeline (the connector's
        // waits for Teams' rate limits, which a second, generic pipeline would time out and retry on top).
        return builder;
    }

    /// <summary>Maps /health (ready: every check) and /alive (the process answers).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        return app;
    }
}
