using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Audit;

/// <summary>
/// Records an action on a tab page (origin TabPage) in the one audit log: the pages call domain services directly,
/// not through the audited tab API, so each page action that reads personal data or changes something calls this
/// once ("tab:referral.accept", the referral, Allowed/Denied/Failed, the signed-in user). Ids only, as everywhere.
/// </summary>
public sealed partial class PageAudit(IAuditLog log, ILogger<PageAudit> logger)
{
    public const string Prefix = "tab:";

    public Task RecordAsync(TabUser user, string action, string objectType, string? objectId, AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(user);
        return RecordAsync(user.Municipality, user.Id, action, objectType, objectId, result);
    }

    public async Task RecordAsync(string municipality, ColleagueId actor, string action, string objectType, string? objectId, AuditResult result)
    {
        try
        {
            await log.AppendAsync(new AuditEntry(municipality, Prefix + action, objectType, objectId, result, AuditOrigin.TabPage, actor.Value), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The page's answer stands; the missing record shows as this error.
            LogNotRecorded(logger, action, e.GetType().Name);
        }
    }

    /// <summary>Allowed when the domain did it, Denied when it refused the actor, Failed for anything else (bad input, not now, not found).</summary>
    public Task RecordAsync<T>(TabUser user, string action, string objectType, string? objectId, Result<T>? outcome) =>
        RecordAsync(user, action, objectType, objectId, Outcome(outcome));

    public static AuditResult Outcome<T>(Result<T>? outcome) => outcome switch
    {
        { IsValid: true } => AuditResult.Allowed,
        { } refused when ActorRefusals.Any(refused.Errors) => AuditResult.Denied,
        _ => AuditResult.Failed,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit record of page action {Action} not written ({Error}).")]
    private static partial void LogNotRecorded(ILogger logger, string action, string error);
}
