using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Authentication;

namespace Wijkverbinder.Protocol.Hosting;

public static partial class BotMessagesEndpointExtensions
{
    public const string DefaultPattern = "/api/messages";

    /// <summary>
    /// The bot's messaging endpoint, where Teams posts activities. It checks the Bot Connector's token itself, so it
    /// stays outside the app's own authorisation policies. Outside Development it throws when no app id is configured.
    /// </summary>
    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        // Reading the options validates them: an anonymous endpoint outside Development stops the app here.
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsAnonymous)
        {
            LogAnonymous(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotMessagesEndpointExtensions)), pattern);
        }

        return endpoints
            .MapPost(pattern, static (HttpContext context, [FromServices] BotMessageReceiver receiver) => receiver.ReceiveAsync(context))
            .AllowAnonymous()
            .WithName("BotMessages");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot:AppId is not configured: {Pattern} accepts activities without a token (Development only, for the local Agents Playground)")]
    private static partial void LogAnonymous(ILogger logger, string pattern);
}
