using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Cards;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Audit;

/// <summary>
/// Records a bot card action (adaptiveCard/action) or a bot command in the audit log: the verb, the object it was
/// about (a referral, else a district, from the card's data, or what the handler noted), the Teams user's Entra
/// object id, and Allowed, Denied (the handler noted a refusal) or Failed (an exception).
/// </summary>
public sealed partial class CardActionAudit(IAuditLog log, IOptions<WijkverbinderOptions> options, ILogger<CardActionAudit> logger)
{
    internal async Task RecordAsync(string action, AuditOrigin origin, InvokeData data, Activity activity, AuditNote note, bool failed)
    {
        var (objectType, objectId) = note.ObjectType is not null
            ? (note.ObjectType, note.ObjectId)
            : (data.Get(ReferralVerbs.ReferralIdField) ?? data.Get(ReferralFormInputs.Referral)) is { } referral
                ? ("referral", referral)
                : data.Get(BotInputs.District) is { } district ? ("district", district) : (origin == AuditOrigin.BotMessage ? "message" : "card", (string?)null);
        var result = failed ? AuditResult.Failed : note.Denied ? AuditResult.Denied : AuditResult.Allowed;
        var actor = ColleagueId.TryParse(activity.From?.AadObjectId, out var id) ? id.Value : null;
        try
        {
            await log.AppendAsync(new AuditEntry(options.Value.MunicipalityCode, action, objectType, objectId, result, origin, actor), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotRecorded(logger, action, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit record of {Action} not written ({Error}).")]
    private static partial void LogNotRecorded(ILogger logger, string action, string error);
}
