using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Trace;
using Wijkverbinder.ServiceDefaults;

namespace Wijkverbinder.Package.Tests;

/// <summary>
/// Where the hosts' telemetry goes: Application Insights when its connection string is set (Azure: infra/main.bicep
/// sets it on both apps), the OTLP endpoint when that is set (locally: the Aspire dashboard), nowhere otherwise.
/// </summary>
public sealed class ObservabilityTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://localhost/";

    [Fact]
    public void Application_insights_gets_traces_metrics_and_logs_when_its_connection_string_is_set()
    {
        using var host = HostWith((ServiceDefaultsExtensions.ApplicationInsightsSetting, ConnectionString));

        var options = host.Services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>();
        Assert.Equal(ConnectionString, options.CurrentValue.ConnectionString);
        Assert.False(IsRegistered<OtlpExporterOptions>(host));
    }

    [Fact]
    public void The_service_is_named_after_the_app_unless_the_app_host_names_it()
    {
        using var unnamed = HostWith((ServiceDefaultsExtensions.ApplicationInsightsSetting, ConnectionString));
        using var named = HostWith((ServiceDefaultsExtensions.ServiceNameSetting, "teamsapp"));

        Assert.Equal(unnamed.Services.GetRequiredService<IHostEnvironment>().ApplicationName, ServiceNameOf(unnamed));
        Assert.Equal("teamsapp", ServiceNameOf(named));
    }

    private static object? ServiceNameOf(IHost host) =>
        host.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.Single(a => a.Key == "service.name").Value;

    [Fact]
    public void Without_the_connection_string_application_insights_is_not_registered()
    {
        using var host = HostWith((ServiceDefaultsExtensions.OtlpEndpointSetting, "http://localhost:4317"));

        Assert.False(IsRegistered<AzureMonitorExporterOptions>(host));
        Assert.True(IsRegistered<OtlpExporterOptions>(host));
    }

    [Fact]
    public void Both_exporters_work_side_by_side()
    {
        using var host = HostWith(
            (ServiceDefaultsExtensions.ApplicationInsightsSetting, ConnectionString),
            (ServiceDefaultsExtensions.OtlpEndpointSetting, "http://localhost:4317"));

        Assert.True(IsRegistered<AzureMonitorExporterOptions>(host));
        Assert.True(IsRegistered<OtlpExporterOptions>(host));
    }

    private static IHost HostWith(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddServiceDefaults();
        builder.Services.AddSingleton(new ServiceDescriptors(builder.Services));
        return builder.Build();
    }

    /// <summary>True when a service from the assembly of <typeparamref name="TOptions"/> (the exporter's) is registered.</summary>
    private static bool IsRegistered<TOptions>(IHost host)
    {
        var exporter = typeof(TOptions).Assembly;
        return host.Services.GetRequiredService<ServiceDescriptors>().Any(d => TypesOf(d).Any(t => t.Assembly == exporter));
    }

    private static IEnumerable<Type> TypesOf(ServiceDescriptor descriptor)
    {
        var implementation = descriptor.IsKeyedService ? descriptor.KeyedImplementationType : descriptor.ImplementationType;
        var instance = descriptor.IsKeyedService ? descriptor.KeyedImplementationInstance : descriptor.ImplementationInstance;
        return new[] { descriptor.ServiceType, implementation, instance?.GetType() }.OfType<Type>()
            .SelectMany(t => t.IsGenericType ? t.GetGenericArguments().Prepend(t) : [t]);
    }

    /// <summary>The registrations as they were when the host was built.</summary>
    private sealed class ServiceDescriptors(IEnumerable<ServiceDescriptor> descriptors) : List<ServiceDescriptor>(descriptors);
}
