using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wijkverbinder.Notifications.Mail;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>A Graph configuration that cannot send is refused when the host starts, with a message that says why.</summary>
public sealed class GraphMailOptionsTests
{
    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", "tenant", "client", null, "Graph:ClientSecret")]
    [InlineData("https://graph.microsoft.com/v1.0", null, null, "secret", "Graph:TenantId")]
    [InlineData("http://graph.example/v1.0", null, null, null, "https")]
    [InlineData("graph", null, null, null, "absolute")]
    public async Task RefusesAtStartup(string baseUrl, string? tenant, string? client, string? secret, string mentioned)
    {
        using var host = Host(new()
        {
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:TenantId"] = tenant,
            ["Graph:ClientId"] = client,
            ["Graph:ClientSecret"] = secret,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978/dev/graph/v1.0", null, null, null)]
    [InlineData("https://graph.microsoft.com/v1.0", null, null, null)]
    [InlineData("https://graph.microsoft.com/v1.0", "tenant", "client", "secret")]
    public async Task StartsWithALoopbackStandInOrACredential(string baseUrl, string? tenant, string? client, string? secret)
    {
        using var host = Host(new()
        {
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:TenantId"] = tenant,
            ["Graph:ClientId"] = client,
            ["Graph:ClientSecret"] = secret,
        });

        await host.StartAsync();
        Assert.IsType<GraphMailSender>(host.Services.GetRequiredService<IMailSender>());
        Assert.Same(host.Services.GetRequiredService<ReferralMailComposer>(), host.Services.GetRequiredService<ReferralMailComposer>());
        await host.StopAsync();
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGraphMail(builder.Configuration);
        return builder.Build();
    }
}
