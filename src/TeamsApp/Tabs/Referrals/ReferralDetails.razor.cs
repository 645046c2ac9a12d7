using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Tabs.Referrals;

/// <summary>
/// The actions of one referral. Each goes through <see cref="ReferralService"/>, which checks status, actor and input
/// and writes nothing on a refusal; the page shows the domain's reasons in the user's language (the API's texts).
/// </summary>
public sealed partial class ReferralDetails
{
    /// <summary>The inputs whose refusals are shown at the input; every other refusal goes to the message bar.</summary>
    private static readonly string[] InputFields = ["reason", "note", "to", "question", "answer", "outcome"];

    private IReadOnlyList<ReferralAction> actions = [];
    private IReadOnlyList<ValidationError> errors = [];
    private string? problem;
    private string? done;
    private bool conflict;
    private bool busy;
    private string? reason;
    private string? note;
    private string? forwardTo;
    private string? question;
    private string? answer;
    private string? outcome;

    [Inject]
    public required ReferralService Referrals { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [Parameter, EditorRequired]
    public required ReferralView View { get; set; }

    [Parameter, EditorRequired]
    public required Colleague Viewer { get; set; }

    /// <summary>The municipality's colleagues: the choices for a forward.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<Colleague> Colleagues { get; set; }

    [Parameter]
    public DateOnly Today { get; set; }

    /// <summary>Raised after every action attempt, so the page reads the lists and this referral again.</summary>
    [Parameter]
    public EventCallback<ReferralId> OnChanged { get; set; }

    private Referral Referral => View.Referral;

    /// <summary>Everyone but the current receiver and the referrer, by name, as the card offers them.</summary>
    private IEnumerable<Colleague> ForwardTargets =>
        Colleagues.Where(c => c.Id != Referral.Receiver && c.Id != Referral.Referrer).OrderBy(c => c.Name, StringComparer.CurrentCulture);

    protected override void OnParametersSet() => actions = ReferralLifecycle.ActionsFor(Referral, Viewer);

    private IReadOnlyList<string> ErrorsAt(string field) =>
        errors.Where(e => e.Field == field).Select(Problems.Reason).ToList();

    private string EventText(ReferralEvent e) =>
        e.Kind == ReferralEventKind.Forwarded ? Card["Event.Forwarded", View.NameOf(e.Receiver)] : Card["Event." + e.Kind];

    private async Task DecidedAsync(string outcome)
    {
        (problem, done, errors, conflict) = (null, outcome, [], false);
        await OnChanged.InvokeAsync(Referral.Id);
    }

    private async Task ActAsync(ReferralAction action)
    {
        busy = true;
        errors = [];
        problem = null;
        done = null;
        conflict = false;
        var id = Referral.Id;
        var actor = Viewer.Id;
        var cancellationToken = CancellationToken.None;
        try
        {
            var result = action switch
            {
                ReferralAction.Accept => await Referrals.AcceptAsync(id, actor, cancellationToken),
                ReferralAction.Decline => await Referrals.DeclineAsync(id, actor, reason, cancellationToken),
                ReferralAction.Forward => await Referrals.ForwardAsync(id, actor, ColleagueId.TryParse(forwardTo, out var to) ? to : null, note, cancellationToken),
                ReferralAction.RequestInformation => await Referrals.RequestInformationAsync(id, actor, question, cancellationToken),
                ReferralAction.ProvideInformation => await Referrals.ProvideInformationAsync(id, actor, answer, cancellationToken),
                ReferralAction.Complete => await Referrals.CompleteAsync(id, actor, outcome, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
            };

            await PageAudit.RecordAsync(id.Municipality, actor, "referral." + JsonNamingPolicy.CamelCase.ConvertName(action.ToString()), "referral", id.ToString(), PageAudit.Outcome(result));
            if (result is null)
            {
                problem = R["NotFound"];
            }
            else if (!result.IsValid)
            {
                errors = result.Errors;
                conflict = errors.Any(e => e.Code == ValidationCodes.ChangedMeanwhile);
                var general = errors.Where(e => !InputFields.Contains(e.Field)).Select(Problems.Reason).ToList();
                problem = general.Count > 0 ? string.Join(" ", general) : R["FixFields"];
            }
            else
            {
                done = R["Done." + action];
                reason = note = forwardTo = question = answer = outcome = null;
            }
        }
        finally
        {
            busy = false;
        }

        await OnChanged.InvokeAsync(id);
    }
}
