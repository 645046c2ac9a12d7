using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Protocol.Tests.Infrastructure;
using Wijkverbinder.TeamsApp.DemoData;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// One TeamsApp for the in-Teams tests: Production-like (no developer sign-in; tokens checked against the tenant's
/// OpenID metadata, here a local server with a key of the test's own), on Kestrel on a free loopback port, with the
/// demo data seeded and the jobs off; and one headless Chromium (Debian's) for all of them. The demo data is Arnhem
/// (GM0202), which the demo data tests expect to seed themselves in the shared Azurite, so this app has an Azurite of
/// its own.
/// </summary>
public sealed class InTeamsApp : IAsyncLifetime
{
    public const string TenantId = "7d1c0a52-3b4e-4f6a-9c21-5e8f0b1a2c3d";
    public const string ClientId = "5d7b2c1e-8f4a-4f6b-9c3d-2a1e0b9f8c71";
    public const string ApplicationIdUri = "api://wijkverbinder.example/" + ClientId;
    private readonly AzuriteFixture azurite = new();
    private readonly SigningKey key = new("in-teams-test-key");
    private OpenIdMetadataServer? entra;
    private TeamsAppFactory? factory;
    private WebApplicationFactory<Program>? app;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public EntraTokens Tokens { get; private set; } = null!;

    /// <summary>The running app's services.</summary>
    public IServiceProvider Services => app!.Services;

    /// <summary>The app's clock, which token lifetimes are measured against.</summary>
    public TimeProvider Clock => azurite.Clock;

    public INetworkStore Network => azurite.Store;

    /// <summary>Alex Wilber, the demo wijkteam member of the first area.</summary>
    public Colleague Alex { get; private set; } = null!;

    /// <summary>A colleague in the directory without a role (whatever app roles a token of theirs claims).</summary>
    public Colleague NoRole { get; private set; } = null!;

    /// <summary>The network entry of <see cref="NoRole"/> (their work mail), shown with their consent.</summary>
    public Member NorasEntry { get; private set; } = null!;

    /// <summary>A network entry of someone else (Alex's work mail), whose consent Nora may not touch.</summary>
    public Member AlexsEntry { get; private set; } = null!;

    /// <summary>A district Alex works in (its CBS code and name), which the status tab may be configured for.</summary>
    public District District { get; private set; } = null!;

    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        entra = await OpenIdMetadataServer.StartAsync();
        entra.Publish(TenantId, key);

        factory = new TeamsAppFactory(azurite, environment: "Production");
        factory.Settings["DemoData:Seed"] = "true";
        factory.Settings["Bot:AppId"] = "00000000-0000-0000-0000-000000000001";
        factory.Settings["Wijkverbinder:MunicipalityCode"] = "GM0202";
        factory.Settings["Wijkverbinder:TenantId"] = TenantId;
        factory.Settings["Sso:ClientId"] = ClientId;
        factory.Settings["Sso:ApplicationIdUri"] = ApplicationIdUri;
        factory.Settings["Sso:EntraMetadataUrl"] = entra.EntraMetadataUrlTemplate;
        factory.Settings["Sso:RequireHttpsMetadata"] = "false";
        // Production serves static files from its publish output; this build output needs the static web assets
        // manifest that Development reads by itself (Fluent UI's files, the scoped CSS, blazor.web.js, /lib).
        app = factory.WithWebHostBuilder(host => host.UseStaticWebAssets());
        BaseAddress = TabBrowser.StartOnKestrel(app);

        var colleagues = app.Services.GetRequiredService<IColleagueDirectory>();
        Alex = await colleagues.GetAsync("GM0202", DemoColleagues.PlaygroundUser, CancellationToken.None)
            ?? throw new InvalidOperationException("The demo data has no Alex Wilber.");
        NoRole = Alex with { Id = ColleagueId.ForPerson(Guid.NewGuid()), Name = "Nora Zonderrol", Mail = "nora.zonderrol@arnhem.example", Roles = [] };
        await colleagues.SaveAsync("GM0202", NoRole, CancellationToken.None);
        var arnhem = await azurite.Store.GetMunicipalityAsync("GM0202", CancellationToken.None);
        District = arnhem!.FindDistrict(Alex.Districts[^1])!;
        NorasEntry = (await azurite.Registry.CreateValidAsync(TestTown.Person(NoRole.Name, District.Code) with { Email = NoRole.Mail })).Member;
        AlexsEntry = (await azurite.Registry.CreateValidAsync(TestTown.Person(Alex.Name, District.Code) with { Email = Alex.Mail })).Member;
        Tokens = new EntraTokens(key, TenantId, ClientId, ApplicationIdUri, azurite.Clock);

        (playwright, Browser) = await TabBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (entra is not null)
        {
            await entra.DisposeAsync();
        }

        await azurite.DisposeAsync();
        key.Dispose();
    }
}
