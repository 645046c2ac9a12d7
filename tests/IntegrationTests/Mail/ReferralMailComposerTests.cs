using System.Net;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Mail;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>The referral mail: wording by purpose in Dutch and English, the facts, the link, and encoded user text.</summary>
public sealed class ReferralMailComposerTests
{
    private static readonly ReferralMailComposer Composer =
        new(Options.Create(new WijkverbinderOptions { SenderMailbox = "wijkverbinder@arnhem.example" }));

    public static TheoryData<string, NotificationPurpose, ReferralEventKind, string?, string, string, string?> Purposes => new()
    {
        { "nl", NotificationPurpose.NewRequest, ReferralEventKind.Sent, null, "Nieuwe doorverwijzing: Moestuin zoekt vrijwilligers", "Sanne de Vries heeft een doorverwijzing voor Wijkteam Presikhaaf gestuurd", null },
        { "nl", NotificationPurpose.NewRequest, ReferralEventKind.Forwarded, null, "Nieuwe doorverwijzing: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf heeft de doorverwijzing doorgestuurd naar Ahmed Yilmaz", null },
        { "nl", NotificationPurpose.StatusUpdate, ReferralEventKind.Accepted, null, "Doorverwijzing in behandeling genomen: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf heeft de doorverwijzing in behandeling genomen", null },
        { "nl", NotificationPurpose.StatusUpdate, ReferralEventKind.Declined, "Valt buiten ons gebied", "Doorverwijzing afgewezen: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf heeft de doorverwijzing afgewezen", "Reden" },
        { "nl", NotificationPurpose.StatusUpdate, ReferralEventKind.Forwarded, null, "Doorverwijzing doorgestuurd: Moestuin zoekt vrijwilligers", "doorgestuurd naar Ahmed Yilmaz", null },
        { "nl", NotificationPurpose.StatusUpdate, ReferralEventKind.InformationProvided, "Het gaat om 3 tuinbakken", "Informatie aangevuld bij doorverwijzing: Moestuin zoekt vrijwilligers", "Sanne de Vries heeft de gevraagde informatie gegeven", "Antwoord" },
        { "nl", NotificationPurpose.StatusUpdate, ReferralEventKind.Completed, "Twee vrijwilligers gekoppeld", "Doorverwijzing afgerond: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf heeft de doorverwijzing afgerond", "Resultaat" },
        { "nl", NotificationPurpose.QuestionForReferrer, ReferralEventKind.InformationRequested, "Hoeveel tuinbakken zijn er?", "Vraag over uw doorverwijzing: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf heeft een vraag over uw doorverwijzing", "Vraag" },
        { "nl", NotificationPurpose.Reminder, ReferralEventKind.Reminded, null, "Herinnering: doorverwijzing uiterlijk 15 december 2026 oppakken: Moestuin zoekt vrijwilligers", "uiterlijk 15 december 2026 zijn opgepakt", null },
        { "nl", NotificationPurpose.Escalation, ReferralEventKind.Escalated, null, "Termijn verstreken: Moestuin zoekt vrijwilligers", "De uiterste datum van deze doorverwijzing (15 december 2026) is verstreken", null },
        { "en", NotificationPurpose.NewRequest, ReferralEventKind.Sent, null, "New referral: Moestuin zoekt vrijwilligers", "Sanne de Vries sent a referral for Wijkteam Presikhaaf", null },
        { "en", NotificationPurpose.StatusUpdate, ReferralEventKind.Accepted, null, "Referral taken on: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf has taken on the referral", null },
        { "en", NotificationPurpose.StatusUpdate, ReferralEventKind.Declined, "Outside our area", "Referral declined: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf declined the referral", "Reason" },
        { "en", NotificationPurpose.StatusUpdate, ReferralEventKind.Forwarded, null, "Referral forwarded: Moestuin zoekt vrijwilligers", "forwarded the referral to Ahmed Yilmaz", null },
        { "en", NotificationPurpose.StatusUpdate, ReferralEventKind.InformationProvided, "Three planters", "Information added to referral: Moestuin zoekt vrijwilligers", "Sanne de Vries provided the information", "Answer" },
        { "en", NotificationPurpose.StatusUpdate, ReferralEventKind.Completed, "Two volunteers found", "Referral completed: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf completed the referral", "Outcome" },
        { "en", NotificationPurpose.QuestionForReferrer, ReferralEventKind.InformationRequested, "How many planters?", "Question about your referral: Moestuin zoekt vrijwilligers", "Wijkteam Presikhaaf has a question about your referral", "Question" },
        { "en", NotificationPurpose.Reminder, ReferralEventKind.Reminded, null, "Reminder: take on the referral by 15 December 2026: Moestuin zoekt vrijwilligers", "must be taken on by 15 December 2026", null },
        { "en", NotificationPurpose.Escalation, ReferralEventKind.Escalated, null, "Due date passed: Moestuin zoekt vrijwilligers", "The due date of this referral (15 December 2026) has passed", null },
    };

    [Theory]
    [MemberData(nameof(Purposes))]
    public void SaysWhatHappenedAndShowsTheFacts(
        string locale, NotificationPurpose purpose, ReferralEventKind kind, string? text, string subject, string intro, string? quoteLabel)
    {
        var referrals = new MailTestReferrals();
        var view = referrals.View(kind, text);
        var recipient = referrals.Colleague(MailTestReferrals.Referrer, locale);
        var mail = Composer.Compose(view, new Notification(MailTestReferrals.Id, 3, NotificationChannel.Mail, recipient.Id, purpose), recipient);

        Assert.Equal(subject, mail.Subject);
        var html = mail.HtmlBody;
        Assert.Contains(intro, html, StringComparison.Ordinal);
        if (text is not null)
        {
            Assert.Contains($"<strong>{quoteLabel}</strong><br>{text}", html, StringComparison.Ordinal);
        }

        var nl = locale == "nl";
        Assert.Contains(nl ? "Beste Sanne de Vries," : "Dear Sanne de Vries,", html, StringComparison.Ordinal);
        Assert.Contains("Moestuin zoekt vrijwilligers", html, StringComparison.Ordinal);
        Assert.Contains("Twee bewoners willen helpen.<br>Bel eerst het buurtcentrum.", html, StringComparison.Ordinal);
        Assert.Contains("Moestuin De Eikenhof", html, StringComparison.Ordinal);
        Assert.Contains("Presikhaaf-West", html, StringComparison.Ordinal);
        Assert.Contains("Ontmoeting", html, StringComparison.Ordinal);
        Assert.Contains(nl ? ">Spoed<" : ">Urgent<", html, StringComparison.Ordinal);
        Assert.Contains(nl ? ">15 december 2026<" : ">15 December 2026<", html, StringComparison.Ordinal);
        Assert.Contains(nl ? "Doorverwezen door" : "Referred by", html, StringComparison.Ordinal);
        Assert.Contains(kind == ReferralEventKind.Forwarded ? ">Ahmed Yilmaz<" : ">Wijkteam Presikhaaf<", html, StringComparison.Ordinal);
        Assert.Contains(nl ? "Laatste stap" : "Last step", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(MailTestReferrals.Link.AbsoluteUri)}\"", html, StringComparison.Ordinal);
        Assert.Contains(nl ? ">Openen in Teams<" : ">Open in Teams<", html, StringComparison.Ordinal);
        Assert.Contains(nl ? "alleen bedoeld voor de geadresseerde" : "for the addressee only", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ShowsTheStatusAndTheLastStepWithItsText()
    {
        var referrals = new MailTestReferrals();
        var recipient = referrals.Colleague(MailTestReferrals.Referrer);
        var mail = Compose(referrals, ReferralEventKind.Declined, "Valt buiten ons gebied", NotificationPurpose.StatusUpdate, recipient);

        Assert.Contains(">Afgewezen<", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Afgewezen door Wijkteam Presikhaaf op 29 november 2026", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void AddressesTheRecipientFromTheSenderMailboxWithAStableMessageId()
    {
        var referrals = new MailTestReferrals();
        var recipient = referrals.Colleague(MailTestReferrals.ForwardTarget, "en");
        var notification = new Notification(MailTestReferrals.Id, 3, NotificationChannel.Mail, recipient.Id, NotificationPurpose.NewRequest);

        var mail = Composer.Compose(referrals.View(ReferralEventKind.Forwarded), notification, recipient);

        Assert.Equal("wijkverbinder@arnhem.example", mail.FromMailbox);
        Assert.Equal(recipient.Mail, mail.ToAddress);
        Assert.Equal("Ahmed Yilmaz", mail.ToName);
        Assert.Equal($"<{notification.Id}@arnhem.example>", mail.InternetMessageId);
        Assert.Equal(mail.InternetMessageId, Composer.Compose(referrals.View(ReferralEventKind.Forwarded), notification, recipient).InternetMessageId);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToComposeWithoutASenderMailbox()
    {
        var composer = new ReferralMailComposer(Options.Create(new WijkverbinderOptions()));
        var referrals = new MailTestReferrals();
        var recipient = referrals.Colleague(MailTestReferrals.Referrer);
        var error = Assert.Throws<InvalidOperationException>(() =>
            composer.Compose(referrals.View(ReferralEventKind.Sent), new Notification(MailTestReferrals.Id, 2, NotificationChannel.Mail, recipient.Id, NotificationPurpose.NewRequest), recipient));
        Assert.Contains("SenderMailbox", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Payloads => new() { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>" };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void EncodesEveryTextPeopleTyped(string payload)
    {
        var referrals = new MailTestReferrals
        {
            Summary = $"{payload} summary",
            Details = $"{payload} details",
            ReferrerName = $"{payload} referrer",
            ReceiverName = $"{payload} receiver",
            ForwardName = $"{payload} forward",
            ManagerName = $"{payload} manager",
            DistrictName = $"{payload} district",
            ThemeName = $"{payload} theme",
            InitiativeName = $"{payload} initiative",
        };
        var cases = new (ReferralEventKind Kind, string? Text, NotificationPurpose Purpose, ColleagueId To)[]
        {
            (ReferralEventKind.Sent, null, NotificationPurpose.NewRequest, MailTestReferrals.Receiver),
            (ReferralEventKind.Declined, $"{payload} reason", NotificationPurpose.StatusUpdate, MailTestReferrals.Referrer),
            (ReferralEventKind.Forwarded, null, NotificationPurpose.NewRequest, MailTestReferrals.ForwardTarget),
            (ReferralEventKind.InformationRequested, $"{payload} question", NotificationPurpose.QuestionForReferrer, MailTestReferrals.Referrer),
            (ReferralEventKind.InformationProvided, $"{payload} answer", NotificationPurpose.StatusUpdate, MailTestReferrals.Receiver),
            (ReferralEventKind.Completed, $"{payload} outcome", NotificationPurpose.StatusUpdate, MailTestReferrals.Referrer),
            (ReferralEventKind.Escalated, null, NotificationPurpose.Escalation, MailTestReferrals.Manager),
        };

        var all = string.Empty;
        foreach (var locale in new[] { "nl", "en" })
        {
            foreach (var (kind, text, purpose, to) in cases)
            {
                var html = Compose(referrals, kind, text, purpose, referrals.Colleague(to, locale)).HtmlBody;
                Assert.DoesNotContain(payload, html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
                all += html;
            }
        }

        foreach (var field in new[] { "summary", "details", "referrer", "receiver", "forward", "manager", "district", "theme", "initiative", "reason", "question", "answer", "outcome" })
        {
            Assert.Contains(WebUtility.HtmlEncode($"{payload} {field}"), all, StringComparison.Ordinal);
        }
    }

    private static OutgoingMail Compose(MailTestReferrals referrals, ReferralEventKind kind, string? text, NotificationPurpose purpose, Colleague recipient) =>
        Composer.Compose(referrals.View(kind, text), new Notification(MailTestReferrals.Id, 3, NotificationChannel.Mail, recipient.Id, purpose), recipient);
}
