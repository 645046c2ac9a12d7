using Microsoft.Extensions.Options;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Cards;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.TeamsApp.Bot.Cards;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// Referrals in the bot: the refer form, "my referrals", and the buttons on a referral's card. The acting colleague is
/// the Teams user (their Entra object id); a user who is not in the colleague directory is told so.
/// Every answer is the card that replaces the pressed one.
/// </summary>
public sealed class ReferralActions(
    ReferralService referrals,
    ReferralViews views,
    ReferralCards referralCards,
    BotCards cards,
    IColleagueDirectory colleagues,
    INetworkStore network,
    ProactiveCardSender conversations,
    ApiProblems problems,
    IOptions<WijkverbinderOptions> options)
{
    private string MunicipalityCode => options.Value.MunicipalityCode;

    public async Task<Colleague?> ColleagueAsync(string? aadObjectId, CancellationToken cancellationToken) =>
        ColleagueId.TryParse(aadObjectId, out var id) ? await colleagues.GetAsync(MunicipalityCode, id, cancellationToken) : null;

    /// <summary>Step one, or straight to the form when the district and theme are known (from a find result).</summary>
    internal async Task<AdaptiveCard> StartAsync(Municipality municipality, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        var district = data.Get(BotInputs.District) is { } code ? municipality.FindDistrict(code) : null;
        var theme = municipality.Themes.FirstOrDefault(t => t.Id == data.Get(BotInputs.Theme));
        var initiative = data.Get(ReferralFormInputs.Initiative);
        return district is not null && theme is not null
            ? await FormAsync(municipality, actor, district, theme, ReferralValues.Empty with { Initiative = initiative }, [], cancellationToken)
            : cards.ReferStart(municipality, district?.Code, theme?.Id, initiative);
    }

    internal async Task<AdaptiveCard> ReferAsync(Municipality municipality, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        var district = data.Get(BotInputs.District) is { } code ? municipality.FindDistrict(code) : null;
        var theme = municipality.Themes.FirstOrDefault(t => t.Id == data.Get(BotInputs.Theme));
        if (district is null || theme is null)
        {
            return cards.ReferStart(municipality, district?.Code, theme?.Id, data.Get(ReferralFormInputs.Initiative));
        }

        var values = Values(data);
        var (draft, inputErrors) = ReferralForm.Read(values, district.Code, theme.Id);
        var result = await referrals.CreateAsync(municipality, draft, actor.Id, cancellationToken, inputErrors);
        if (!result.IsValid)
        {
            if (ActorRefusals.Any(result.Errors))
            {
                Audit.AuditNote.Deny();
            }

            return await FormAsync(municipality, actor, district, theme, values, result.Errors.Select(problems.Reason).ToList(), cancellationToken);
        }

        Audit.AuditNote.About("referral", result.Value!.Id.ToString());
        return await CardForAsync(result.Value!.Id, actor, problem: null, cancellationToken) ?? cards.UnknownReferral();
    }

    public async Task<AdaptiveCard> MineAsync(Colleague actor, CancellationToken cancellationToken)
    {
        var mine = await referrals.ListMineAsync(MunicipalityCode, actor, cancellationToken);
        return cards.Mine(mine.ToHandle, mine.Sent);
    }

    /// <summary>The referral card's buttons (and refresh): act as the user, answer with the card as they now see it.</summary>
    internal async Task<AdaptiveCard> ActAsync(string verb, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        var key = verb == BotVerbs.ShowReferral ? ReferralFormInputs.Referral : ReferralVerbs.ReferralIdField;
        if (!ReferralId.TryParse(data.Get(key), out var id) || id.Municipality != MunicipalityCode)
        {
            return cards.UnknownReferral();
        }

        // Someone not involved learns nothing of it, as on the tab API (a 404 there); the refusal is recorded.
        var before = await views.GetAsync(id, cancellationToken);
        if (before is null || !ReferralInvolvement.Includes(before.Record, actor.ActsFor))
        {
            if (before is not null)
            {
                Audit.AuditNote.Deny();
            }

            return cards.UnknownReferral();
        }

        // Show and refresh change nothing; the other verbs act first. A null result: the referral does not exist.
        Result<Referral>? result = verb switch
        {
            ReferralVerbs.Accept => await referrals.AcceptAsync(id, actor.Id, cancellationToken),
            ReferralVerbs.Decline => await referrals.DeclineAsync(id, actor.Id, data.Get(ReferralInputs.Reason), cancellationToken),
            ReferralVerbs.Forward => await referrals.ForwardAsync(id, actor.Id, ColleagueId.TryParse(data.Get(ReferralInputs.To), out var to) ? to : null, data.Get(ReferralInputs.Note), cancellationToken),
            ReferralVerbs.RequestInformation => await referrals.RequestInformationAsync(id, actor.Id, data.Get(ReferralInputs.Question), cancellationToken),
            ReferralVerbs.ProvideInformation => await referrals.ProvideInformationAsync(id, actor.Id, data.Get(ReferralInputs.Answer), cancellationToken),
            ReferralVerbs.Complete => await referrals.CompleteAsync(id, actor.Id, data.Get(ReferralInputs.Outcome), cancellationToken),
            _ => null,
        };
        var problem = result is { IsValid: false } ? string.Join(" ", result.Errors.Select(problems.Reason)) : null;
        if (result is { IsValid: false } && ActorRefusals.Any(result.Errors))
        {
            Audit.AuditNote.Deny();
        }

        return await CardForAsync(id, actor, problem, cancellationToken) ?? cards.UnknownReferral();
    }

    private async Task<AdaptiveCard?> CardForAsync(ReferralId id, Colleague viewer, string? problem, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(id, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var referral = view.Referral;
        var everyone = await colleagues.ListAsync(MunicipalityCode, cancellationToken);
        var targets = everyone.Where(c => c.Id != referral.Receiver && c.Id != referral.Referrer).ToList();
        var refreshUserIds = await conversations.UserIdsAsync([referral.Referrer, referral.Receiver], cancellationToken);
        return referralCards.ForViewer(view, viewer, targets, refreshUserIds, problem);
    }

    private async Task<AdaptiveCard> FormAsync(
        Municipality municipality,
        Colleague actor,
        District district,
        Theme theme,
        ReferralValues values,
        IReadOnlyList<string> reasons,
        CancellationToken cancellationToken)
    {
        var view = await network.GetDistrictNetworkAsync(district, cancellationToken);
        var initiatives = view.Members.OfType<Initiative>().OrderBy(m => m.Name, StringComparer.CurrentCulture).Take(BotCards.MaxResults * 2).ToList();
        var everyone = await colleagues.ListAsync(municipality.Code, cancellationToken);
        var receivers = everyone.Where(c => c.Id != actor.Id).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        var suggested = await referrals.SuggestReceiverAsync(municipality, theme.Id, district.Code, cancellationToken);
        return cards.ReferForm(municipality, district, theme, initiatives, receivers, suggested, values, reasons);
    }

    private static ReferralValues Values(InvokeData data) => new(
        data.Get(ReferralFormInputs.Subject),
        data.Get(ReferralFormInputs.Initiative),
        data.Get(ReferralFormInputs.Summary),
        data.Get(ReferralFormInputs.Details),
        data.Get(ReferralFormInputs.Urgency),
        data.Get(ReferralFormInputs.Receiver),
        data.Get(ReferralFormInputs.DueDate),
        data.Get(ReferralFormInputs.PersonalData),
        data.Get(ReferralFormInputs.ConsentGivenTo),
        data.Get(ReferralFormInputs.ConsentGivenOn));
}
