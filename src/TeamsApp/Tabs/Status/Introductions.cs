using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>
/// Introductions through the bot: to the channel of the wijkteam of the snapshot's area when the bot knows it, else to
/// the signed-in user's personal chat with the bot. The card sender (and with it the Bot Connector's credentials) is
/// resolved only when an introduction is sent, so a host without bot credentials still shows the page.
/// </summary>
public sealed class Introductions(
    IColleagueDirectory colleagues,
    INetworkStore network,
    IServiceProvider services,
    IStringLocalizer<StatusTexts> text) : IIntroductions
{
    public async Task<IntroductionOutcome> IntroduceAsync(TabUser user, DashboardSnapshot snapshot, SuggestedConnection suggestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(snapshot);
        Func<AdaptiveCard> card = () => IntroductionCard.Build(suggestion, snapshot, user.Name, text);
        ProactiveCardSender sender;
        try
        {
            sender = services.GetRequiredService<ProactiveCardSender>();
        }
        catch (InvalidOperationException)
        {
            // The bot has no credentials on this host: nothing can be sent, and the page says so.
            return IntroductionOutcome.NotSent;
        }

        var team = await WijkteamAsync(user.Municipality, DashboardScope.Parse(snapshot.Scope), cancellationToken);
        if (team is not null && (await sender.SendAsync(team, card, cancellationToken)).State == DeliveryState.Sent)
        {
            return IntroductionOutcome.TeamChannel;
        }

        var me = await colleagues.GetAsync(user.Municipality, user.Id, cancellationToken);
        return me is not null && (await sender.SendAsync(me, card, cancellationToken)).State == DeliveryState.Sent
            ? IntroductionOutcome.PersonalChat
            : IntroductionOutcome.NotSent;
    }

    /// <summary>The wijkteam of the scope's area: a team with the Wijkteam role that works in all the area's districts.</summary>
    private async Task<Colleague?> WijkteamAsync(string municipalityCode, DashboardScope scope, CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(municipalityCode, cancellationToken);
        var areaId = scope.Area ?? (scope.District is { } code ? municipality?.FindDistrict(code)?.Area : null);
        if (municipality is null || areaId is null || municipality.FindArea(areaId.Value) is not { } area)
        {
            return null;
        }

        return (await colleagues.ListAsync(municipalityCode, cancellationToken))
            .Where(c => c.Kind == ColleagueKind.Team && c.Has(AppRole.DistrictTeam) && area.DistrictCodes.All(c.Districts.Contains))
            .OrderBy(c => c.ChannelConversationId is null)
            .FirstOrDefault();
    }
}
