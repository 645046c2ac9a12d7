using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// The referral's state machine. Each transition checks the status and the actor, and yields the change to write:
/// the referral after, the history event, and the notifications that event causes. Nothing here touches storage.
/// </summary>
public static class ReferralLifecycle
{
    private static readonly ReferralStatus[] Waiting = [ReferralStatus.New, ReferralStatus.Sent, ReferralStatus.Forwarded];
    private static readonly ReferralStatus[] Handling = [.. Waiting, ReferralStatus.Accepted];

    /// <summary>The statuses in which <paramref name="action"/> is allowed.</summary>
    public static IReadOnlyList<ReferralStatus> AllowedIn(ReferralAction action) => action switch
    {
        ReferralAction.Accept => Waiting,
        ReferralAction.Decline or ReferralAction.Forward or ReferralAction.RequestInformation => Handling,
        ReferralAction.ProvideInformation => [ReferralStatus.InformationRequested],
        ReferralAction.Complete => [ReferralStatus.Accepted],
        _ => [],
    };

    /// <summary>The actions <paramref name="colleague"/> can take on the referral now (the buttons their card shows).</summary>
    public static IReadOnlyList<ReferralAction> ActionsFor(Referral referral, Colleague colleague) =>
        Enum.GetValues<ReferralAction>()
            .Where(a => AllowedIn(a).Contains(referral.Status) && IsActorFor(a, referral, colleague) && AppliesTo(a, referral))
            .ToList();

    /// <summary>A budget request ends with a grant (which books the amount) or a decline, never a bare "complete".</summary>
    public static bool AppliesTo(ReferralAction action, Referral referral) =>
        !(action == ReferralAction.Complete && referral.Subject == SubjectKind.BudgetRequest);

    public static ReferralChange Create(Referral referral)
    {
        var created = Event(referral, ReferralEventKind.Created, referral.Referrer, referral.CreatedAt) with { Sequence = 1 };
        var after = referral with { LastSequence = 1 };
        return new(null, after, created, ToReceiver(after, 1, NotificationPurpose.NewRequest));
    }

    /// <summary>The system delivered the request; null when that was already recorded (delivery is retried).</summary>
    public static ReferralChange? MarkSent(Referral referral, DateTimeOffset at) =>
        referral.Status != ReferralStatus.New
            ? null
            : Change(referral, ReferralEventKind.Sent, null, at, r => r with { Status = ReferralStatus.Sent }, ToReferrer(NotificationPurpose.StatusUpdate, mail: false));

    public static Result<ReferralChange> Accept(Referral referral, Colleague actor, DateTimeOffset at) =>
        Check(ReferralAction.Accept, referral, actor)
        ?? Ok(Change(referral, ReferralEventKind.Accepted, actor.Id, at, r => r with { Status = ReferralStatus.Accepted }, ToReferrer(NotificationPurpose.StatusUpdate, mail: false)));

    public static Result<ReferralChange> Decline(Referral referral, Colleague actor, string? reason, DateTimeOffset at) =>
        Check(ReferralAction.Decline, referral, actor)
        ?? Note("reason", reason, required: true)
        ?? Ok(Change(referral, ReferralEventKind.Declined, actor.Id, at, r => r with { Status = ReferralStatus.Declined, DeclineReason = reason!.Trim() }, ToReferrer(NotificationPurpose.StatusUpdate, mail: true), reason!.Trim()));

    /// <summary>
    /// Passes the referral on to <paramref name="to"/>; <paramref name="asked"/> is the id the actor chose, when it named
    /// nobody known (then <paramref name="to"/> is null).
    /// </summary>
    public static Result<ReferralChange> Forward(Referral referral, Colleague actor, Colleague? to, string? note, DateTimeOffset at, ColleagueId? asked = null)
    {
        var refused = Check(ReferralAction.Forward, referral, actor) ?? Note("note", note, required: false);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new List<ValidationError>();
        if (to is null)
        {
            errors.Add(asked is { } id ? new("to", ValidationCodes.UnknownColleague, id.Value) : new("to", ValidationCodes.Required));
        }
        else if (to.Id == referral.Receiver)
        {
            errors.Add(new("to", ValidationCodes.SelfReferral));
        }
        else if (referral.ContainsPersonalData && referral.Consent?.ForReceiver != to.Id)
        {
            // The resident agreed to share with one receiver; passing their data on needs their consent again.
            errors.Add(new("to", ValidationCodes.ConsentForOtherReceiver));
        }

        if (errors.Count > 0)
        {
            return Result<ReferralChange>.Refused(errors);
        }

        var change = Change(
            referral,
            ReferralEventKind.Forwarded,
            actor.Id,
            at,
            r => r with { Status = ReferralStatus.Forwarded, Receiver = to!.Id, RemindedFor = null, EscalatedFor = null },
            ToReferrer(NotificationPurpose.StatusUpdate, mail: false),
            Trimmed(note));
        return Ok(change with
        {
            Event = change.Event with { Receiver = to!.Id },
            Notifications = [.. change.Notifications, .. ToReceiver(change.After, change.Event.Sequence, NotificationPurpose.NewRequest)],
        });
    }

    public static Result<ReferralChange> RequestInformation(Referral referral, Colleague actor, string? question, DateTimeOffset at) =>
        Check(ReferralAction.RequestInformation, referral, actor)
        ?? Note("question", question, required: true)
        ?? Ok(Change(
            referral,
            ReferralEventKind.InformationRequested,
            actor.Id,
            at,
            r => r with { Status = ReferralStatus.InformationRequested, StatusBeforeQuestion = r.Status, OpenQuestion = question!.Trim() },
            ToReferrer(NotificationPurpose.QuestionForReferrer, mail: true),
            question!.Trim()));

    public static Result<ReferralChange> ProvideInformation(Referral referral, Colleague actor, string? answer, DateTimeOffset at) =>
        Check(ReferralAction.ProvideInformation, referral, actor)
        ?? Note("answer", answer, required: true)
        ?? Ok(Change(
            referral,
            ReferralEventKind.InformationProvided,
            actor.Id,
            at,
            r => r with { Status = r.StatusBeforeQuestion ?? ReferralStatus.Sent, StatusBeforeQuestion = null, OpenQuestion = null },
            (r, seq) => ToReceiver(r, seq, NotificationPurpose.StatusUpdate),
            answer!.Trim()));

    public static Result<ReferralChange> Complete(Referral referral, Colleague actor, string? outcome, DateTimeOffset at) =>
        Check(ReferralAction.Complete, referral, actor)
        ?? Note("outcome", outcome, required: true)
        ?? Ok(Change(referral, ReferralEventKind.Completed, actor.Id, at, r => r with { Status = ReferralStatus.Completed, Outcome = outcome!.Trim() }, ToReferrer(NotificationPurpose.StatusUpdate, mail: true), outcome!.Trim()));

    /// <summary>
    /// The budget holder's grant: the request ends Completed with the reason as its outcome (a decline is
    /// <see cref="Decline"/>). <paramref name="apply"/> records the decision's payload (amount, checklist).
    /// </summary>
    public static Result<ReferralChange> Grant(Referral referral, Colleague actor, string? reason, Func<Referral, Referral> apply, DateTimeOffset at) =>
        (referral.Subject != SubjectKind.BudgetRequest ? Result<ReferralChange>.Refused([new("subject", ValidationCodes.NotAllowedNow, nameof(Grant), referral.Status.ToString())]) : null)
        ?? Check(ReferralAction.Decline, referral, actor)
        ?? Note("reason", reason, required: true)
        ?? Ok(Change(referral, ReferralEventKind.Completed, actor.Id, at, r => apply(r) with { Status = ReferralStatus.Completed, Outcome = reason!.Trim() }, ToReferrer(NotificationPurpose.StatusUpdate, mail: true), reason!.Trim()));

    /// <summary>A line in the history that changes no status and tells no one (spending registered on a granted request).</summary>
    public static ReferralChange Record(Referral referral, ReferralEventKind kind, ColleagueId actor, DateTimeOffset at, Func<Referral, Referral> apply, string? text) =>
        Change(referral, kind, actor, at, apply, (_, _) => [], text);

    /// <summary>A reminder to the receiver before the due date; null when not due yet or already sent for this due date.</summary>
    public static ReferralChange? Remind(Referral referral, ReferralSla sla, DateOnly today, DateTimeOffset at) =>
        !referral.IsOpen || referral.Status == ReferralStatus.InformationRequested || referral.RemindedFor == referral.DueDate
            || today < sla.ReminderDate(referral.DueDate) || today > referral.DueDate
            ? null
            : Change(referral, ReferralEventKind.Reminded, null, at, r => r with { RemindedFor = r.DueDate }, (r, seq) => ToReceiver(r, seq, NotificationPurpose.Reminder));

    /// <summary>Tells the district managers a referral is overdue; null when it is not, or they were told for this due date.</summary>
    public static ReferralChange? Escalate(Referral referral, IReadOnlyList<Colleague> managers, DateOnly today, DateTimeOffset at) =>
        !referral.IsOverdue(today) || referral.EscalatedFor == referral.DueDate || managers.Count == 0
            ? null
            : Change(
                referral,
                ReferralEventKind.Escalated,
                null,
                at,
                r => r with { EscalatedFor = r.DueDate },
                (r, seq) => managers.SelectMany(m => Both(r.Id, seq, m.Id, NotificationPurpose.Escalation)).ToList());

    public static bool IsActorFor(ReferralAction action, Referral referral, Colleague colleague) =>
        action == ReferralAction.ProvideInformation
            ? colleague.ActsFor(referral.Referrer) || (referral.ReferrerTeam is { } team && colleague.ActsFor(team))
            : colleague.ActsFor(referral.Receiver);

    private static Result<ReferralChange>? Check(ReferralAction action, Referral referral, Colleague actor)
    {
        if (!AllowedIn(action).Contains(referral.Status) || !AppliesTo(action, referral))
        {
            return Result<ReferralChange>.Refused([new("status", ValidationCodes.NotAllowedNow, action.ToString(), referral.Status.ToString())]);
        }

        return IsActorFor(action, referral, actor)
            ? null
            : Result<ReferralChange>.Refused([new("actor", action == ReferralAction.ProvideInformation ? ValidationCodes.NotReferrer : ValidationCodes.NotReceiver)]);
    }

    private static Result<ReferralChange>? Note(string field, string? text, bool required)
    {
        var errors = new List<ValidationError>();
        FreeText.Check(field, text, ReferralLimits.NoteLength, required, errors);
        return errors.Count == 0 ? null : Result<ReferralChange>.Refused(errors);
    }

    private static Result<ReferralChange> Ok(ReferralChange change) => Result<ReferralChange>.Success(change);

    private static ReferralChange Change(
        Referral before,
        ReferralEventKind kind,
        ColleagueId? actor,
        DateTimeOffset at,
        Func<Referral, Referral> apply,
        Func<Referral, int, IReadOnlyList<Notification>> notify,
        string? text = null)
    {
        var sequence = before.LastSequence + 1;
        var after = apply(before) with { LastSequence = sequence, UpdatedAt = at };
        var @event = Event(after, kind, actor, at) with { Sequence = sequence, Text = text };
        return new(before, after, @event, notify(after, sequence));
    }

    private static ReferralEvent Event(Referral after, ReferralEventKind kind, ColleagueId? actor, DateTimeOffset at) =>
        new() { Sequence = after.LastSequence, Kind = kind, Actor = actor, At = at, StatusAfter = after.Status };

    private static Func<Referral, int, IReadOnlyList<Notification>> ToReferrer(NotificationPurpose purpose, bool mail) =>
        (r, seq) => mail
            ? Both(r.Id, seq, r.Referrer, purpose)
            : [new Notification(r.Id, seq, NotificationChannel.Card, r.Referrer, purpose)];

    private static IReadOnlyList<Notification> ToReceiver(Referral r, int sequence, NotificationPurpose purpose) =>
        Both(r.Id, sequence, r.Receiver, purpose);

    private static IReadOnlyList<Notification> Both(ReferralId id, int sequence, ColleagueId to, NotificationPurpose purpose) =>
    [
        new(id, sequence, NotificationChannel.Mail, to, purpose),
        new(id, sequence, NotificationChannel.Card, to, purpose),
    ];

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
