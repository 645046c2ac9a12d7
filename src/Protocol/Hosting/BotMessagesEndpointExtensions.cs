using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Wijkverbinder.Protocol.Hosting;

public static class BotMessagesEndpointExtensions
{
    public const string DefaultPattern = "/api/messages";

    /// <summary>
    /// The bot's messaging endpoint, where Teams posts activities. It checks the Bot Connector's token itself, so it
    /// stays outside the app's own authorisation policies.
    /// </summary>
    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern) =>
        endpoints
            .MapPost(pattern, static (HttpContext context, [FromServices] BotMessageReceiver receiver) => receiver.ReceiveAsync(context))
            .AllowAnonymous()
            .WithName("BotMessages");
}
