using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.FluentUI.AspNetCore.Components;
using Wijkverbinder.Protocol.Authentication.Sso;
using Wijkverbinder.TeamsApp.Tabs.Api;
using Wijkverbinder.TeamsApp.Tabs.Configuration;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Meetings;
using Wijkverbinder.TeamsApp.Tabs.Shell;
using Wijkverbinder.TeamsApp.Tabs.Status;

namespace Wijkverbinder.TeamsApp.Tabs;

/// <summary>The tab pages (Blazor, Fluent UI), their sign-in (Teams SSO) and the tab API.</summary>
public static class TabsHostingExtensions
{
    public static WebApplicationBuilder AddTabs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddFluentUIComponents();

        // The developer sign-in's key comes first, so a local token never waits on Entra ID's metadata.
        if (builder.Environment.IsDevelopment())
        {
            services.AddSingleton<DevelopmentSsoKeys>();
            services.AddSingleton<ISsoKeySource>(provider => provider.GetRequiredService<DevelopmentSsoKeys>());
            services.AddSingleton<DevelopmentTokenIssuer>();
        }

        services.AddTeamsSso(builder.Configuration);
        // One place for the tenant: the app's own setting, unless SSO names one of its own.
        services.PostConfigure<SsoOptions>(options =>
        {
            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                options.TenantId = builder.Configuration["Wijkverbinder:TenantId"];
            }
        });
        services.AddSingleton<TabAuthenticator>();
        services.AddSingleton<Audit.PageAudit>();
        services.AddSingleton<Api.Admin.MunicipalityImporter>();
        services.AddSingleton<Admin.AdministratorCheck>();
        services.AddMemoryCache();
        services.AddSingleton<TabSignInTickets>();
        services.AddScoped<TabSession>();
        services.AddScoped<TabCulture>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<TabCulture>());
        services.AddSingleton<StatusScopes>();
        services.AddSingleton<IIntroductions, Introductions>();
        services.AddSingleton<MeetingTabQueries>();
        services.AddSingleton<Programme.ProgrammeTabQueries>();
        services.AddSingleton<Bookings.BookingTabQueries>();
        return builder;
    }

    public static WebApplication MapTabs(this WebApplication app)
    {
        app.UseAntiforgery();
        // Static files as middleware, not MapStaticAssets: that adds a GET-only catch-all for paths with a dot, so a POST
        // to an unknown address such as /dev/graph/v1.0/... would get 405 instead of 404 outside Development.
        app.UseStaticFiles();
        // Blazor would add a second CSP (frame-ancestors 'self'); the app's one policy, with the Teams hosts, is
        // written for every response by Security/SecurityHeadersMiddleware instead.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        app.MapTabApi();
        app.MapTabSignInTicket();
        app.MapDevSignIn();
        return app;
    }
}
