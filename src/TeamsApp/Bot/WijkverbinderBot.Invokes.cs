using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>The buttons on the bot's cards (adaptiveCard/action invokes), answered with the card that replaces them.</summary>
public sealed partial class WijkverbinderBot
{
    public async Task<AdaptiveCardInvokeResponse?> OnInvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var invoke = activity.GetAdaptiveCardInvokeValue();
        if (invoke?.Action is null)
        {
            return null;
        }

        using var culture = CultureScope.For(activity.Locale);
        var data = new InvokeData(invoke.Action.Data);
        var note = AuditNote.Begin();
        var failed = false;
        AdaptiveCard card;
        try
        {
            card = await OnActionAsync(invoke.Action.Verb, data, activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The user sees a card that says so instead of a broken button; the details go to the log.
            LogActionFailed(logger, invoke.Action.Verb, e);
            card = cards.SomethingWentWrong();
            failed = true;
        }

        // Every card action, allowed, refused or failed, in one place (BIO 8.15).
        await audit.RecordAsync("card:" + invoke.Action.Verb, AuditOrigin.BotCard, data, activity, note, failed);

        return AdaptiveCardInvokeResponse.Card(card.ToJsonElement());
    }

    private async Task<AdaptiveCard> OnActionAsync(string? verb, InvokeData data, Activity activity, CancellationToken cancellationToken)
    {
        if (verb == BotVerbs.Help)
        {
            return cards.Help();
        }

        var municipality = await MunicipalityAsync(cancellationToken);
        if (municipality is null)
        {
            return cards.NoMunicipality();
        }

        // Who presses, with the directory's roles and districts: the same user and rules as on the tabs.
        var (actor, refusal) = await ActorAsync(activity, BotAccess.Of(verb), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!WorksInChosenPlace(verb, data, municipality, actor!))
        {
            AuditNote.Deny();
            return cards.NotAllowed();
        }

        if (IsReferralVerb(verb))
        {
            return await OnReferralActionAsync(verb!, data, municipality, actor!, activity, cancellationToken);
        }

        if (IsBudgetVerb(verb))
        {
            return await OnBudgetActionAsync(verb!, data, municipality, activity, cancellationToken);
        }

        if (IsBookingVerb(verb))
        {
            return await OnBookingActionAsync(verb!, data, activity, cancellationToken);
        }

        if (IsProgrammeFormVerb(verb))
        {
            return await OnProgrammeFormActionAsync(verb!, data, municipality, actor!, activity, cancellationToken);
        }

        if (IsMeetingVerb(verb))
        {
            return await OnMeetingActionAsync(verb!, data, municipality, actor!, activity, cancellationToken);
        }

        var district = data.Get(BotInputs.District) is { } code ? municipality.FindDistrict(code) : null;
        return verb switch
        {
            BotVerbs.ShowConsent => await consentActions.ShowAsync(municipality, actor!, cancellationToken),
            BotVerbs.GiveConsent => await consentActions.SetAsync(municipality, actor!, data, show: true, cancellationToken),
            BotVerbs.WithdrawConsent => await consentActions.SetAsync(municipality, actor!, data, show: false, cancellationToken),
            BotVerbs.ShowRegister => cards.RegisterForm(municipality, RegisterValues.Empty, []),
            BotVerbs.Register => await RegisterAsync(municipality, data, cancellationToken),
            BotVerbs.ShowFind => cards.FindForm(municipality),
            BotVerbs.Find when district is not null => await FindAsync(municipality, district, data.Get(BotInputs.Theme), cancellationToken),
            BotVerbs.Find => cards.FindForm(municipality),
            BotVerbs.ShowSummary => cards.SummaryForm(municipality),
            BotVerbs.Summary when district is not null => cards.Summary(district, NetworkSummary.Of(await network.GetDistrictNetworkAsync(district, cancellationToken), Today)),
            BotVerbs.Summary => cards.SummaryForm(municipality),
            _ => cards.UnknownAction(),
        };
    }

    /// <summary>
    /// The Teams user as a colleague of the directory, or the card that refuses them (noted as Denied): not a
    /// colleague, or a role without the capability.
    /// </summary>
    private async Task<(Domain.Colleagues.Colleague? Actor, AdaptiveCard? Refusal)> ActorAsync(Activity activity, Domain.Colleagues.Capability capability, CancellationToken cancellationToken)
    {
        var colleague = await referralActions.ColleagueAsync(activity.From?.AadObjectId, cancellationToken);
        if (colleague is null)
        {
            AuditNote.Deny();
            return (null, cards.NotAColleague());
        }

        if (!Domain.Colleagues.RoleRules.Allows(colleague.Roles, capability))
        {
            AuditNote.Deny();
            return (null, cards.NotAllowed());
        }

        return (colleague, null);
    }

    private async Task<AdaptiveCard> FindAsync(Municipality municipality, District district, string? themeId, CancellationToken cancellationToken)
    {
        var theme = themeId is null ? null : municipality.Themes.FirstOrDefault(t => t.Id == themeId);
        var view = await network.GetDistrictNetworkAsync(district, cancellationToken);

        // Initiatives and partners only: people are not listed on a card others can see.
        var found = view.Members
            .Where(m => m.Kind != MemberKind.Person && (theme is null || m.Themes.Contains(theme.Id)))
            .OrderBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();
        return cards.FindResults(district, theme, found);
    }

    /// <summary>
    /// Role x district for the buttons that read or write a place's network: the district (find, summary, register,
    /// the refer form, a request for access to the board) or the meeting's scope (invitees, plan) must be where the user works, all of an area.
    /// </summary>
    private static bool WorksInChosenPlace(string? verb, InvokeData data, Municipality municipality, Domain.Colleagues.Colleague actor)
    {
        var place = verb switch
        {
            BotVerbs.Find or BotVerbs.Summary or BotVerbs.Register or BotVerbs.ShowReferForm or BotVerbs.Refer or BotVerbs.SubmitBudget
                or BotVerbs.RequestBoardAccess or BotVerbs.RequestBooking => data.Get(BotInputs.District),
            BotVerbs.SuggestInvitees or BotVerbs.PlanMeeting => data.Get(MeetingFormInputs.Scope),
            _ => null,
        };
        var districts = place is null ? [] : Domain.Meetings.MeetingValidator.DistrictsOf(municipality, place);
        return districts.All(actor.Districts.Contains);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The card action {Verb} failed.")]
    private static partial void LogActionFailed(ILogger logger, string? verb, Exception exception);
}
