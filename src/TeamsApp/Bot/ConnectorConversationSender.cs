using System.Net.Http.Json;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// Sends through the Bot Connector REST API: POST {serviceUrl}/v3/conversations/{conversationId}/activities.
/// </summary>
internal sealed class ConnectorConversationSender(HttpClient http) : IConversationSender
{
    public async Task SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var address = new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");
        using var response = await http.PostAsJsonAsync(address, activity, ProtocolJsonContext.Default.Activity, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
