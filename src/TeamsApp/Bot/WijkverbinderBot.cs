using Microsoft.Extensions.Options;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot.Cards;
using Wijkverbinder.Notifications;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// What the bot does: keeps the addresses of the chats and channels it is installed in, welcomes, answers commands
/// with cards, and handles the cards' buttons. Every message gets an answer; an unknown command gets the help card.
/// </summary>
public sealed partial class WijkverbinderBot(
    INetworkStore network,
    NetworkRegistry registry,
    IConversationDirectory conversations,
    ConnectorClient connector,
    BotCards cards,
    ReferralActions referralActions,
    ConsentActions consentActions,
    MeetingActions meetingActions,
    BudgetActions budgetActions,
    BookingActions bookingActions,
    SuccessActions successActions,
    BookingRequestActions bookingRequestActions,
    BoardAccessActions boardAccessActions,
    Audit.CardActionAudit audit,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock,
    ILogger<WijkverbinderBot> logger) : IActivityHandler
{
    public async Task OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var culture = CultureScope.For(activity.Locale);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var command = BotCommand.From(activity);
                var note = Audit.AuditNote.Begin();
                var answer = await AnswerAsync(command, activity, cancellationToken);
                if (command.Kind is not (BotCommandKind.Help or BotCommandKind.Unknown))
                {
                    // Commands that read the network or referrals are audited; help and unknown words read nothing.
                    await audit.RecordAsync("message:" + command.Kind, Domain.Audit.AuditOrigin.BotMessage, new InvokeData(null), activity, note, failed: false);
                }

                await SendAsync(activity, answer, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(activity, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(activity, cancellationToken);
                break;
            default:
                LogIgnored(logger, activity.Type);
                break;
        }
    }

    private DateOnly Today => DutchTime.Today(clock);

    private Task<Municipality?> MunicipalityAsync(CancellationToken cancellationToken) =>
        network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);

    private async Task SendAsync(Activity inReplyTo, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reply = inReplyTo.CreateReply();
        reply.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card.ToJsonElement() }];
        reply.Summary = card.FallbackText;
        try
        {
            await connector.SendActivityAsync(new Uri(inReplyTo.ServiceUrl!), inReplyTo.Conversation!.Id!, reply, cancellationToken);
        }
        catch (ConversationBlockedException)
        {
            // The user blocked or removed the bot: note it so nothing is sent there again, and do not retry.
            if (ConversationAddresses.From(inReplyTo, clock.GetUtcNow()) is { } address)
            {
                await conversations.MarkBlockedAsync(address.TenantId, address.Kind, address.Key, address.UpdatedAt, cancellationToken);
            }

            LogBlocked(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A conversation blocked the bot; it is marked and skipped from now on.")]
    private static partial void LogBlocked(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored an activity of type {Type}.")]
    private static partial void LogIgnored(ILogger logger, string? type);
}
