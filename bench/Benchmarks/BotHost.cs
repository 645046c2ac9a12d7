using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wijkverbinder.Benchmarks;

/// <summary>The real TeamsApp on Kestrel (loopback), anonymous as in local development, against a private Azurite.</summary>
internal sealed class BotHost(string storageConnectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.GetFullPath(Path.Combine(Wijkverbinder.DevTools.NodeTools.Directory, "..", "src", "TeamsApp")));
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:storage", storageConnectionString);
        builder.UseSetting("DemoData:Seed", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
