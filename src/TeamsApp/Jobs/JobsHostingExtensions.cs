using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.TeamsApp.Jobs;

public static class JobsHostingExtensions
{
    /// <summary>
    /// The background work in the TeamsApp: the outbox relay (unless Jobs:RelayOutbox is false); the prompt dashboard
    /// rebuilds (unless Jobs:RefreshDashboards is false); the queue processor and the timers only when
    /// Jobs:RunInProcess is true (locally; in Azure the Functions do that).
    /// </summary>
    public static WebApplicationBuilder AddNotificationJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddNotificationDispatch(builder.Configuration);
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (jobs.RelayOutbox)
        {
            builder.Services.AddHostedService<OutboxRelayService>();
        }

        if (jobs.RefreshDashboards)
        {
            builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<DashboardRefreshService>(services, jobs.DashboardDebounce));
        }

        if (jobs.RunInProcess)
        {
            builder.Services.AddHostedService<QueueProcessorService>();
            builder.Services.AddHostedService<JobTimersService>();
        }

        return builder;
    }
}
