using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// The referral use cases. Each action reads the referral once, checks the lifecycle, and writes the change with its
/// history and notifications in one transaction. When two people act at once, exactly one wins; the other is refused
/// with <see cref="ValidationCodes.ChangedMeanwhile"/> and the status it has now.
/// A null result means the referral does not exist. Due dates and reminders follow the municipality's SLAs from
/// <paramref name="slas"/> when it has stored its own, else <paramref name="sla"/> (the defaults).
/// </summary>
public sealed class ReferralService(
    IReferralStore store,
    IColleagueDirectory colleagues,
    IRoutingRuleStore routing,
    INetworkStore network,
    ReferralSla sla,
    TimeProvider clock,
    IReferralSlaStore? slas = null)
{
    /// <summary>Closed referrals stay in "my referrals" this long.</summary>
    public static readonly TimeSpan ClosedVisibleFor = TimeSpan.FromDays(30);

    private DateOnly Today => DutchTime.Today(clock);

    /// <summary>
    /// What the colleague must handle (as receiver, or for one of their teams) and what they or their teams sent:
    /// one range query per id (the colleague's own and each team's).
    /// </summary>
    public async Task<MyReferrals> ListMineAsync(string municipality, Colleague colleague, CancellationToken cancellationToken)
    {
        var found = new Dictionary<ReferralId, Referral>();
        foreach (var id in colleague.Teams.Prepend(colleague.Id))
        {
            foreach (var referral in await store.ListForColleagueAsync(municipality, id, ClosedVisibleFor, cancellationToken))
            {
                found[referral.Id] = referral;
            }
        }

        var ordered = found.Values.OrderByDescending(r => r.IsOpen).ThenBy(r => r.DueDate).ToList();
        return new MyReferrals(
            ordered.Where(r => colleague.ActsFor(r.Receiver)).ToList(),
            ordered.Where(r => colleague.ActsFor(r.Referrer) || (r.ReferrerTeam is { } team && colleague.ActsFor(team))).ToList());
    }

    /// <summary>The SLAs that apply in the municipality now: its own when it stored them, else the defaults.</summary>
    public async Task<ReferralSla> SlaForAsync(string municipality, CancellationToken cancellationToken) =>
        slas is not null && await slas.GetAsync(municipality, cancellationToken) is { } stored ? stored.Sla : sla;

    /// <summary>The receiver the routing rules suggest for a theme in a district, if any.</summary>
    public async Task<Colleague?> SuggestReceiverAsync(Municipality municipality, string theme, string district, CancellationToken cancellationToken)
    {
        var rules = await routing.ListAsync(municipality.Code, cancellationToken);
        return ReferralRouter.Suggest(municipality, rules, theme, district) is { } id
            ? await colleagues.GetAsync(municipality.Code, id, cancellationToken)
            : null;
    }

    /// <summary>
    /// Refers. Without a receiver the routing rules choose one; without a due date the urgency's SLA sets it.
    /// <paramref name="inputErrors"/> are what the caller found unreadable and are reported with the rest.
    /// </summary>
    public async Task<Result<Referral>> CreateAsync(
        Municipality municipality,
        ReferralDraft draft,
        ColleagueId actor,
        CancellationToken cancellationToken,
        IReadOnlyList<ValidationError>? inputErrors = null)
    {
        var referrer = await colleagues.GetAsync(municipality.Code, actor, cancellationToken);
        if (referrer is null)
        {
            return Result<Referral>.Refused([new("actor", ValidationCodes.UnknownColleague, actor.Value)]);
        }

        var receiverId = draft.Receiver ?? (await SuggestReceiverAsync(municipality, draft.Theme, draft.District, cancellationToken))?.Id;
        var receiver = receiverId is { } r ? await colleagues.GetAsync(municipality.Code, r, cancellationToken) : null;
        var initiative = draft.Initiative is { } id ? (await network.GetMemberAsync(id, cancellationToken))?.Member : null;

        var errors = new List<ValidationError>(inputErrors ?? []);
        errors.AddRange(ReferralValidator.Validate(draft with { Receiver = receiverId }, municipality, referrer, receiver, initiative, Today));
        if (errors.Count > 0)
        {
            return Result<Referral>.Refused(errors);
        }

        var now = clock.GetUtcNow();
        var referral = new Referral
        {
            Id = ReferralId.New(municipality.Code, clock),
            Subject = draft.Subject,
            Initiative = draft.Subject == SubjectKind.Initiative ? draft.Initiative : null,
            Summary = draft.Summary.Trim(),
            Details = string.IsNullOrWhiteSpace(draft.Details) ? null : draft.Details.Trim(),
            District = draft.District,
            Theme = draft.Theme,
            Urgency = draft.Urgency,
            Referrer = referrer.Id,
            ReferrerTeam = draft.ReferrerTeam,
            Receiver = receiver!.Id,
            DueDate = draft.DueDate ?? (await SlaForAsync(municipality.Code, cancellationToken)).DueDate(draft.Urgency, Today),
            Status = ReferralStatus.New,
            ContainsPersonalData = draft.ContainsPersonalData,
            Consent = draft.ContainsPersonalData ? new ResidentConsent(draft.ConsentGivenTo!.Trim(), draft.ConsentGivenOn!.Value, receiver.Id) : null,
            Budget = draft.Subject == SubjectKind.BudgetRequest ? draft.Budget : null,
            BoardAccess = draft.Subject == SubjectKind.BoardAccess ? draft.BoardAccess : null,
            CreatedAt = now,
            UpdatedAt = now,
            LastSequence = 0,
        };
        return Result<Referral>.Success(await store.SaveAsync(ReferralLifecycle.Create(referral), cancellationToken));
    }

    public Task<Result<Referral>?> AcceptAsync(ReferralId id, ColleagueId actor, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (r, a, at) => Task.FromResult(ReferralLifecycle.Accept(r, a, at)), cancellationToken);

    public Task<Result<Referral>?> DeclineAsync(ReferralId id, ColleagueId actor, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (r, a, at) => Task.FromResult(ReferralLifecycle.Decline(r, a, reason, at)), cancellationToken);

    public Task<Result<Referral>?> ForwardAsync(ReferralId id, ColleagueId actor, ColleagueId? to, string? note, CancellationToken cancellationToken) =>
        ActAsync(
            id,
            actor,
            async (r, a, at) => ReferralLifecycle.Forward(r, a, to is { } t ? await colleagues.GetAsync(id.Municipality, t, cancellationToken) : null, note, at, to),
            cancellationToken);

    public Task<Result<Referral>?> RequestInformationAsync(ReferralId id, ColleagueId actor, string? question, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (r, a, at) => Task.FromResult(ReferralLifecycle.RequestInformation(r, a, question, at)), cancellationToken);

    public Task<Result<Referral>?> ProvideInformationAsync(ReferralId id, ColleagueId actor, string? answer, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (r, a, at) => Task.FromResult(ReferralLifecycle.ProvideInformation(r, a, answer, at)), cancellationToken);

    public Task<Result<Referral>?> CompleteAsync(ReferralId id, ColleagueId actor, string? outcome, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (r, a, at) => Task.FromResult(ReferralLifecycle.Complete(r, a, outcome, at)), cancellationToken);

    /// <summary>Records that the request reached the receiver. Safe to repeat: only a New referral changes.</summary>
    public async Task MarkSentAsync(ReferralId id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var record = await store.GetAsync(id, cancellationToken);
            if (record is null || ReferralLifecycle.MarkSent(record.Referral, clock.GetUtcNow()) is not { } change)
            {
                return;
            }

            try
            {
                await store.SaveAsync(change, cancellationToken);
                return;
            }
            catch (VersionConflictException)
            {
                // Someone acted at the same moment (an accept already moves it past New); read again and decide again.
            }
        }
    }

    /// <summary>Reminders and escalations for every open referral that needs one today; returns how many were recorded.</summary>
    public async Task<int> RemindAndEscalateAsync(string municipality, CancellationToken cancellationToken)
    {
        var today = Today;
        var open = await store.ListOpenAsync(municipality, cancellationToken);
        var everyone = await colleagues.ListAsync(municipality, cancellationToken);
        var levels = await SlaForAsync(municipality, cancellationToken);
        var recorded = 0;
        foreach (var referral in open)
        {
            var managers = everyone
                .Where(c => c.Has(AppRole.DistrictManager) && c.Districts.Contains(referral.District))
                .OrderBy(c => c.Id.Value, StringComparer.Ordinal)
                .Take(ReferralLimits.EscalationRecipients)
                .ToList();
            var change = ReferralLifecycle.Remind(referral, levels, today, clock.GetUtcNow())
                ?? ReferralLifecycle.Escalate(referral, managers, today, clock.GetUtcNow());
            if (change is null)
            {
                continue;
            }

            try
            {
                await store.SaveAsync(change, cancellationToken);
                recorded++;
            }
            catch (VersionConflictException)
            {
                // Changed by someone while the timer ran; the next run looks at it again.
            }
        }

        return recorded;
    }

    private async Task<Result<Referral>?> ActAsync(
        ReferralId id,
        ColleagueId actorId,
        Func<Referral, Colleague, DateTimeOffset, Task<Result<ReferralChange>>> transition,
        CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var actor = await colleagues.GetAsync(id.Municipality, actorId, cancellationToken);
        if (actor is null)
        {
            return Result<Referral>.Refused([new("actor", ValidationCodes.UnknownColleague, actorId.Value)]);
        }

        var result = await transition(record.Referral, actor, clock.GetUtcNow());
        if (!result.IsValid)
        {
            return Result<Referral>.Refused(result.Errors);
        }

        try
        {
            return Result<Referral>.Success(await store.SaveAsync(result.Value!, cancellationToken));
        }
        catch (VersionConflictException)
        {
            var now = await store.GetAsync(id, cancellationToken);
            return Result<Referral>.Refused([new("status", ValidationCodes.ChangedMeanwhile, (now?.Referral.Status ?? record.Referral.Status).ToString())]);
        }
    }
}
