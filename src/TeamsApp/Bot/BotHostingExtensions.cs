using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

public static class BotHostingExtensions
{
    /// <summary>The bot: the protocol endpoint's services, the app's handler, its cards and and the connector it sends through.</summary>
    public static WebApplicationBuilder AddTeamsBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotProtocol(builder.Configuration);
        builder.Services.AddScoped<IActivityHandler, WijkverbinderBot>();
        builder.Services.AddSingleton<BotCards>();
        builder.Services.AddSingleton<ReferralActions>();
        builder.Services.AddSingleton<ConsentActions>();
        builder.Services.AddSingleton<MeetingActions>();
        builder.Services.AddSingleton<BudgetActions>();
        builder.Services.AddSingleton<BookingActions>();
        builder.Services.AddSingleton<SuccessActions>();
        builder.Services.AddSingleton<BookingRequestActions>();
        builder.Services.AddSingleton<BoardAccessActions>();
        builder.Services.AddSingleton<Audit.CardActionAudit>();
        builder.Services.AddBotConnector(builder.Configuration);
        return builder;
    }
}
