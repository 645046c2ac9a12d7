using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Network;

namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>
/// The poison queue for administrators: what failed five times, and a replay. Like the network API, only in Development
/// and only from this machine, until administrators sign in.
/// </summary>
public static class PoisonAdminApi
{
    public static WebApplication MapPoisonAdminApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var admin = app.MapGroup("/api/admin/poison").WithAuditTrail(Domain.Audit.AuditOrigin.Api).AddEndpointFilter<LoopbackOnlyFilter>();
        admin.MapGet(string.Empty, async (PoisonQueue poison, CancellationToken ct) =>
            Results.Ok((await poison.ListAsync(ct)).Select(m => new { m.MessageId, Message = m.Body, m.DequeueCount, m.InsertedOn })));
        admin.MapPost("/replay", async (PoisonQueue poison, CancellationToken ct) =>
            Results.Ok(new { Replayed = await poison.ReplayAsync(ct) }));
        return app;
    }
}
