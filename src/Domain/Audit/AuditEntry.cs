using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// What a caller asks to record. Ids only: <see cref="Normalized"/> replaces anything that is not shaped like an id
/// (an e-mail address, a name, free text) with <see cref="Unreadable"/>, so no personal data reaches the log.
/// </summary>
public sealed partial record AuditEntry(
    string Municipality,
    string Action,
    string ObjectType,
    string? ObjectId,
    AuditResult Result,
    AuditOrigin Origin,
    string? Actor,
    long? Count = null)
{
    /// <summary>The actor of the timer jobs.</summary>
    public const string SystemActor = "system";

    /// <summary>Stands in for a value that is not an id.</summary>
    public const string Unreadable = "?";

    public const int MaxLength = 200;

    /// <summary>This entry with every field reduced to an id, or <see cref="Unreadable"/> where it is not one.</summary>
    public AuditEntry Normalized() => this with
    {
        Action = Action.Length <= MaxLength && ActionPattern().IsMatch(Action) ? Action : Unreadable,
        ObjectType = IdOrUnreadable(ObjectType)!,
        ObjectId = IdOrUnreadable(ObjectId),
        Actor = IdOrUnreadable(Actor),
    };

    /// <summary>Letters, digits and the separators ids and route patterns use; no '@' or spaces, so no e-mail or text.</summary>
    public static bool IsId(string value) => value.Length <= MaxLength && IdPattern().IsMatch(value);

    private static string? IdOrUnreadable(string? value) =>
        string.IsNullOrEmpty(value) ? value : IsId(value) ? value : Unreadable;

    [GeneratedRegex(@"^[A-Za-z0-9._:|/{}\-]+$")]
    private static partial Regex IdPattern();

    /// <summary>An id, or an HTTP method, one space and a route ("POST /api/referrals/{id}/accept").</summary>
    [GeneratedRegex(@"^([A-Z]{3,7} )?[A-Za-z0-9._:|/{}\-]+$")]
    private static partial Regex ActionPattern();
}
