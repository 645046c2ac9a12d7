namespace Wijkverbinder.TeamsApp.Audit;

/// <summary>
/// What a handler adds to the audit record its surface writes (the endpoint filter, the card action hook): that the
/// action was refused although the answer does not say so (a 404 that hides a referral, a card that shows the
/// refusal), or which object it created. Flows with the request's async flow, so singletons reach it too.
/// </summary>
public sealed class AuditNote
{
    private static readonly AsyncLocal<AuditNote?> Current = new();

    public bool Denied { get; private set; }

    public string? ObjectType { get; private set; }

    public string? ObjectId { get; private set; }

    /// <summary>A fresh note for the action that starts here.</summary>
    public static AuditNote Begin() => Current.Value = new AuditNote();

    /// <summary>Notes that the current action was refused to its actor (nothing happens outside an audited action).</summary>
    public static void Deny()
    {
        if (Current.Value is { } note)
        {
            note.Denied = true;
        }
    }

    /// <summary>Notes the object the current action was about, when the address does not name it (a new referral).</summary>
    public static void About(string objectType, string objectId)
    {
        if (Current.Value is { } note)
        {
            note.ObjectType = objectType;
            note.ObjectId = objectId;
        }
    }
}
