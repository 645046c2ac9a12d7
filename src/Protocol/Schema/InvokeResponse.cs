using System.Text.Json;

namespace Wijkverbinder.Protocol.Schema;

/// <summary>
/// The body that answers an adaptiveCard/action invoke: a card to replace the one pressed
/// (<see cref="CardType"/>), a message (<see cref="MessageType"/>) or an error (<see cref="ErrorType"/>).
/// The HTTP status of the response itself is 200.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; }

    public string? Type { get; set; }

    public JsonElement? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new() { StatusCode = 200, Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = MessageType, Value = JsonSerializer.SerializeToElement(text, ProtocolJsonContext.Default.String) };
}
