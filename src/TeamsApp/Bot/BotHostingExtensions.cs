using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

public static class BotHostingExtensions
{
    /// <summary>The bot: the protocol endpoint's services, the app's handler, its cards and its way to send.</summary>
    public static WebApplicationBuilder AddTeamsBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotProtocol(builder.Configuration);
        builder.Services.AddScoped<IActivityHandler, WijkverbinderBot>();
        builder.Services.AddSingleton<BotCards>();
        builder.Services.AddHttpClient<IConversationSender, ConnectorConversationSender>();
        return builder;
    }
}
