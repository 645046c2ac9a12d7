using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Mail;
using Wijkverbinder.Storage;
using Wijkverbinder.TeamsApp.Bot;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.DemoData;
using Wijkverbinder.TeamsApp.DevGraph;
using Wijkverbinder.TeamsApp.Jobs;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Security;
using Wijkverbinder.TeamsApp.Tabs;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Hosting;

public static class TeamsAppHostingExtensions
{
    /// <summary>Dutch first, English second, for every user-facing text.</summary>
    public static readonly CultureInfo[] SupportedCultures = [new("nl"), new("en")];

    public static WebApplicationBuilder AddTeamsAppServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddNetworkStorage(builder.Configuration);
        builder.Services.AddLocalization();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ApiProblems>();
        builder.Services.AddSingleton<DemoDataSeeder>();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures (malformed JSON, an oversized body) throw so the handler above answers them with a problem.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);

        builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection(DemoDataOptions.Section));
        builder.Services.Configure<WijkverbinderOptions>(builder.Configuration.GetSection(WijkverbinderOptions.Section));
        builder.Services.AddBudget(builder.Configuration);
        builder.AddTeamsBot();
        builder.Services.AddGraphMail(builder.Configuration);
        builder.Services.AddDevGraph();
        builder.AddNotificationJobs();
        builder.AddTabs();
        builder.AddSecurity();
        builder.Services.AddHostedService<StorageStartup>();
        return builder;
    }

    public static WebApplication UseTeamsAppPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture("nl");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders.Insert(0, new TeamsLocaleCulture());
        });
        app.UseApiRateLimits();
        return app;
    }
}
