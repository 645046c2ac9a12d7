using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// What a mail says because of its purpose and the event behind it: the subject, the opening line (HTML), and the
/// person's own words it quotes (a reason, question, answer or outcome), if any.
/// </summary>
internal sealed record MailWording(string Subject, string IntroHtml, string? QuoteLabel, string? Quote)
{
    public static MailWording For(ReferralView view, Notification notification, MailText text)
    {
        var referral = view.Referral;
        var trigger = view.History.FirstOrDefault(e => e.Sequence == notification.EventSequence) ?? view.History.LastOrDefault();
        var actor = trigger?.Actor is { } id ? view.NameOf(id) : text["Event.System"];
        var subject = (string key) => text.Plain(key, referral.Summary, text.Date(referral.DueDate));

        return notification.Purpose switch
        {
            NotificationPurpose.NewRequest when trigger?.Kind == ReferralEventKind.Forwarded =>
                new(subject("Subject.NewRequest"), text.Html("Intro.Forwarded", actor, view.NameOf(trigger.Receiver ?? referral.Receiver)), null, null),
            NotificationPurpose.NewRequest =>
                new(subject("Subject.NewRequest"), text.Html("Intro.NewRequest", view.NameOf(referral.Referrer), view.NameOf(referral.Receiver)), null, null),
            NotificationPurpose.QuestionForReferrer =>
                new(subject("Subject.QuestionForReferrer"), text.Html("Intro.QuestionForReferrer", actor), text["Quote.Question"],
                    TextOf(trigger, ReferralEventKind.InformationRequested) ?? referral.OpenQuestion),
            NotificationPurpose.Reminder =>
                new(subject("Subject.Reminder"), text.Html("Intro.Reminder", text.Date(referral.DueDate)), null, null),
            NotificationPurpose.Escalation =>
                new(subject("Subject.Escalation"), text.Html("Intro.Escalation", text.Date(referral.DueDate)), null, null),
            _ => StatusUpdate(view, trigger, actor, text, subject),
        };
    }

    private static MailWording StatusUpdate(ReferralView view, ReferralEvent? trigger, string actor, MailText text, Func<string, string> subject)
    {
        var referral = view.Referral;
        return trigger?.Kind switch
        {
            ReferralEventKind.Accepted => new(subject("Subject.Accepted"), text.Html("Intro.Accepted", actor), null, null),
            ReferralEventKind.Declined => new(subject("Subject.Declined"), text.Html("Intro.Declined", actor), text["Quote.Reason"],
                trigger.Text ?? referral.DeclineReason),
            ReferralEventKind.Forwarded => new(subject("Subject.Forwarded"),
                text.Html("Intro.Forwarded", actor, view.NameOf(trigger.Receiver ?? referral.Receiver)), null, null),
            ReferralEventKind.InformationProvided => new(subject("Subject.InformationProvided"), text.Html("Intro.InformationProvided", actor),
                text["Quote.Answer"], trigger.Text),
            ReferralEventKind.Completed => new(subject("Subject.Completed"), text.Html("Intro.Completed", actor), text["Quote.Outcome"],
                trigger.Text ?? referral.Outcome),
            _ => new(subject("Subject.Updated"), text.Html("Intro.Updated"), null, null),
        };
    }

    private static string? TextOf(ReferralEvent? trigger, ReferralEventKind kind) => trigger?.Kind == kind ? trigger.Text : null;
}
