using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Notifications.Cards;

/// <summary>The buttons: only the actions the viewer may take now, each with the short form it needs.</summary>
public sealed partial class ReferralCards
{
    private List<CardAction>? Actions(Referral referral, Colleague viewer, IReadOnlyList<Colleague> forwardTargets)
    {
        var actions = new List<CardAction>();
        foreach (var action in ReferralLifecycle.ActionsFor(referral, viewer))
        {
            var button = action switch
            {
                ReferralAction.Accept => Execute("Action.Accept", ReferralVerbs.Accept, referral.Id, style: ActionStyle.Positive),
                ReferralAction.Decline => Form("Action.Decline", ReferralVerbs.Decline, referral.Id, Required(ReferralInputs.Reason, "Input.Reason")),
                ReferralAction.RequestInformation => Form("Action.RequestInformation", ReferralVerbs.RequestInformation, referral.Id, Required(ReferralInputs.Question, "Input.Question")),
                ReferralAction.ProvideInformation => Form("Action.ProvideInformation", ReferralVerbs.ProvideInformation, referral.Id, Required(ReferralInputs.Answer, "Input.Answer")),
                ReferralAction.Complete => Form("Action.Complete", ReferralVerbs.Complete, referral.Id, Required(ReferralInputs.Outcome, "Input.Outcome")),
                ReferralAction.Forward => ForwardForm(referral, forwardTargets),
                _ => null,
            };
            if (button is not null)
            {
                actions.Add(button);
            }
        }

        if (referral.Subject == SubjectKind.BudgetRequest && ReferralLifecycle.ActionsFor(referral, viewer).Contains(ReferralAction.Decline))
        {
            // The budget holder decides on the assessment card (checklist, amount, grant or decline with a reason).
            actions.Insert(0, Execute("Action.Assess", ReferralVerbs.Assess, referral.Id, style: ActionStyle.Positive));
        }

        return actions.Count == 0 ? null : actions;
    }

    private CardAction? ForwardForm(Referral referral, IReadOnlyList<Colleague> targets)
    {
        var choices = targets
            .Where(c => c.Id != referral.Receiver)
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new Choice(c.Name, c.Id.Value))
            .ToList();
        if (choices.Count == 0)
        {
            return null;
        }

        var to = new ChoiceSetInput
        {
            Id = ReferralInputs.To,
            Label = text["Input.To.Label"],
            IsRequired = true,
            ErrorMessage = text["Input.To.Error"],
            Style = ChoiceInputStyle.Filtered,
            Choices = choices,
        };
        var note = new TextInput { Id = ReferralInputs.Note, Label = text["Input.Note.Label"], IsMultiline = true, MaxLength = ReferralLimits.NoteLength };
        return Form("Action.Forward", ReferralVerbs.Forward, referral.Id, to, note);
    }

    private TextInput Required(string id, string keyPrefix) => new()
    {
        Id = id,
        Label = text[keyPrefix + ".Label"],
        IsRequired = true,
        ErrorMessage = text[keyPrefix + ".Error"],
        IsMultiline = true,
        MaxLength = ReferralLimits.NoteLength,
        Placeholder = text["Input.NoHealth"],
    };

    private ShowCardAction Form(string titleKey, string verb, ReferralId id, params CardElement[] inputs) => new()
    {
        Title = text[titleKey],
        Card = new AdaptiveCard
        {
            Body = inputs,
            Actions = [Execute("Action.Send", verb, id, style: ActionStyle.Positive, inputs: AssociatedInputs.Auto)],
        },
    };
}
