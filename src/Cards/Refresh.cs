using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>
/// Universal Actions refresh: Teams invokes <see cref="Action"/> for each listed user who sees the card, so each gets
/// a card of their own. Teams allows at most <see cref="MaxUserIds"/> ids; more are refused here, not ignored there.
/// </summary>
public sealed class Refresh
{
    public const int MaxUserIds = 60;

    private readonly IReadOnlyList<string>? userIds;

    [JsonIgnore]
    public required ExecuteAction Action { get; init; }

    /// <summary>Teams user ids (MRIs, "8:orgid:..."); null refreshes automatically for everyone in small chats.</summary>
    public IReadOnlyList<string>? UserIds
    {
        get => userIds;
        init => userIds = value is { Count: > MaxUserIds }
            ? throw new ArgumentOutOfRangeException(nameof(UserIds), value.Count, $"Teams refreshes a card for at most {MaxUserIds} users.")
            : value;
    }

    // Declared as the base type so the serializer writes the "type": "Action.Execute" discriminator.
    [JsonInclude]
    [JsonPropertyName("action")]
    internal CardAction SerializedAction => Action;
}
