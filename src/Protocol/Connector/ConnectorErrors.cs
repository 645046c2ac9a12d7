using System.Text.Json;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>Turns a failed connector response into the exception the caller can act on.</summary>
internal static class ConnectorErrors
{
    /// <summary>
    /// 403 codes that mean the bot can no longer write to this conversation (Teams' "Status codes from bot
    /// conversational APIs": not retried; stop posting until the user comes back).
    /// </summary>
    private static readonly HashSet<string> BlockedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "MessageWritesBlocked",
        "ConversationBlockedByUser",
        "BotNotInConversationRoster",
    };

    private const int MaxMessageLength = 500;

    public static async Task<ConnectorException> ReadAsync(
        HttpResponseMessage response, string? conversationId, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var error = TryParse(body);
        var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        var detail = error?.Message ?? Truncate(body);
        var message = $"The Bot Connector answered {status} {error?.Code}: {detail}".TrimEnd(':', ' ');

        if (status == 403 && conversationId is not null && IsBlocked(error))
        {
            var code = error?.SubCode is { } sub && BlockedCodes.Contains(sub) ? sub : error?.Code;
            return new ConversationBlockedException(conversationId, code, message, correlationId);
        }

        return new ConnectorException(status, error?.Code, message, correlationId);
    }

    private static bool IsBlocked(ServiceError? error) =>
        error is not null && (BlockedCodes.Contains(error.Code ?? "") || BlockedCodes.Contains(error.SubCode ?? ""));

    private static ServiceError? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            // Gateways in front of the connector answer with HTML or plain text; the status still tells enough.
            return null;
        }
    }

    private static string Truncate(string body) => body.Length <= MaxMessageLength ? body : body[..MaxMessageLength];
}
