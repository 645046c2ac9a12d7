using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.TeamsApp.Jobs;

public static class JobsHostingExtensions
{
    /// <summary>
    /// The notification path in the TeamsApp: the outbox relay always; the queue processor and the timers only when
    /// Jobs:RunInProcess is true (locally; in Azure the Functions do that).
    /// </summary>
    public static WebApplicationBuilder AddNotificationJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddNotificationDispatch(builder.Configuration);
        builder.Services.AddHostedService<OutboxRelayService>();
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (jobs.RunInProcess)
        {
            builder.Services.AddHostedService<QueueProcessorService>();
            builder.Services.AddHostedService<JobTimersService>();
        }

        return builder;
    }
}
