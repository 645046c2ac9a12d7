using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Referrals;

public sealed class ReferralLifecycleTests
{
    /// <summary>The statuses each action is allowed in, written out here so the test does not trust the code it tests.</summary>
    private static readonly Dictionary<ReferralAction, ReferralStatus[]> Allowed = new()
    {
        [ReferralAction.Accept] = [ReferralStatus.New, ReferralStatus.Sent, ReferralStatus.Forwarded],
        [ReferralAction.Decline] = [ReferralStatus.New, ReferralStatus.Sent, ReferralStatus.Forwarded, ReferralStatus.Accepted],
        [ReferralAction.Forward] = [ReferralStatus.New, ReferralStatus.Sent, ReferralStatus.Forwarded, ReferralStatus.Accepted],
        [ReferralAction.RequestInformation] = [ReferralStatus.New, ReferralStatus.Sent, ReferralStatus.Forwarded, ReferralStatus.Accepted],
        [ReferralAction.ProvideInformation] = [ReferralStatus.InformationRequested],
        [ReferralAction.Complete] = [ReferralStatus.Accepted],
    };

    public static TheoryData<ReferralAction, ReferralStatus> EveryActionInEveryStatus()
    {
        var data = new TheoryData<ReferralAction, ReferralStatus>();
        foreach (var action in Enum.GetValues<ReferralAction>())
        {
            foreach (var status in Enum.GetValues<ReferralStatus>())
            {
                data.Add(action, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionInEveryStatus))]
    public void AnActionIsAllowedInExactlyItsStatuses(ReferralAction action, ReferralStatus status)
    {
        var result = Do(action, Referral(status), RightActor(action));

        if (Allowed[action].Contains(status))
        {
            Assert.True(result.IsValid);
            Assert.Equal(4, result.Value!.Event.Sequence);
            Assert.Equal(result.Value.After.Status, result.Value.Event.StatusAfter);
            Assert.Equal(4, result.Value.After.LastSequence);
            Assert.Equal(Now.AddHours(1), result.Value.After.UpdatedAt);
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal((ValidationCodes.NotAllowedNow, action.ToString(), status.ToString()), (error.Code, error.Arguments[0], error.Arguments[1]));
        }
    }

    [Theory]
    [InlineData(ReferralAction.Accept, ReferralStatus.Sent, ValidationCodes.NotReceiver)]
    [InlineData(ReferralAction.Decline, ReferralStatus.Sent, ValidationCodes.NotReceiver)]
    [InlineData(ReferralAction.Forward, ReferralStatus.Accepted, ValidationCodes.NotReceiver)]
    [InlineData(ReferralAction.RequestInformation, ReferralStatus.Accepted, ValidationCodes.NotReceiver)]
    [InlineData(ReferralAction.ProvideInformation, ReferralStatus.InformationRequested, ValidationCodes.NotReferrer)]
    [InlineData(ReferralAction.Complete, ReferralStatus.Accepted, ValidationCodes.NotReceiver)]
    public void SomeoneUninvolvedIsRefused(ReferralAction action, ReferralStatus status, string code)
    {
        Assert.Equal(code, Assert.Single(Do(action, Referral(status), Outsider).Errors).Code);

        // The referrer cannot act as receiver either, and the receiver cannot answer for the referrer.
        var wrongSide = action == ReferralAction.ProvideInformation ? TeamMember : Referrer;
        Assert.Equal(code, Assert.Single(Do(action, Referral(status), wrongSide).Errors).Code);
    }

    [Fact]
    public void TeamMembersActForTheirTeam()
    {
        Assert.True(ReferralLifecycle.Accept(Referral(), TeamMember, Now).IsValid);
        Assert.True(ReferralLifecycle.Accept(Referral(), SocialTeam, Now).IsValid);
        Assert.True(ReferralLifecycle.ProvideInformation(Referral(ReferralStatus.InformationRequested), WijkteamMember, "Antwoord", Now).IsValid);
    }

    [Fact]
    public void ACreatedReferralAsksTheReceiverByMailAndCard()
    {
        var change = ReferralLifecycle.Create(Referral(ReferralStatus.New) with { LastSequence = 0, Version = null });

        Assert.Null(change.Before);
        Assert.Equal((1, ReferralEventKind.Created, Referrer.Id, ReferralStatus.New), (change.Event.Sequence, change.Event.Kind, change.Event.Actor, change.Event.StatusAfter));
        AssertNotifies(change, 1, (NotificationChannel.Mail, SocialTeam.Id, NotificationPurpose.NewRequest), (NotificationChannel.Card, SocialTeam.Id, NotificationPurpose.NewRequest));
    }

    [Fact]
    public void SentIsRecordedOnceAndShownToTheReferrerOnTheirCard()
    {
        var change = ReferralLifecycle.MarkSent(Referral(ReferralStatus.New), Now)!;

        Assert.Equal((ReferralStatus.Sent, ReferralEventKind.Sent), (change.After.Status, change.Event.Kind));
        Assert.Null(change.Event.Actor);
        AssertNotifies(change, 4, (NotificationChannel.Card, Referrer.Id, NotificationPurpose.StatusUpdate));
        Assert.Null(ReferralLifecycle.MarkSent(Referral(ReferralStatus.Sent), Now));
        Assert.Null(ReferralLifecycle.MarkSent(Referral(ReferralStatus.Accepted), Now));
    }

    [Fact]
    public void EachEventNotifiesTheRightPeople()
    {
        var accepted = Do(ReferralAction.Accept, Referral(), TeamMember).Value!;
        AssertNotifies(accepted, 4, (NotificationChannel.Card, Referrer.Id, NotificationPurpose.StatusUpdate));

        var declined = Do(ReferralAction.Decline, Referral(), TeamMember).Value!;
        Assert.Equal(("Past niet", ReferralStatus.Declined), (declined.After.DeclineReason, declined.After.Status));
        AssertNotifies(declined, 4, (NotificationChannel.Mail, Referrer.Id, NotificationPurpose.StatusUpdate), (NotificationChannel.Card, Referrer.Id, NotificationPurpose.StatusUpdate));

        var asked = Do(ReferralAction.RequestInformation, Referral(ReferralStatus.Accepted), TeamMember).Value!;
        Assert.Equal((ReferralStatus.InformationRequested, ReferralStatus.Accepted, "Welk adres?"), (asked.After.Status, asked.After.StatusBeforeQuestion!.Value, asked.After.OpenQuestion));
        AssertNotifies(asked, 4, (NotificationChannel.Mail, Referrer.Id, NotificationPurpose.QuestionForReferrer), (NotificationChannel.Card, Referrer.Id, NotificationPurpose.QuestionForReferrer));

        var answered = Do(ReferralAction.ProvideInformation, Referral(ReferralStatus.InformationRequested), Referrer).Value!;
        Assert.Equal((ReferralStatus.Accepted, null, null), (answered.After.Status, answered.After.StatusBeforeQuestion, answered.After.OpenQuestion));
        Assert.Equal("Dorpsstraat 1", answered.Event.Text);
        AssertNotifies(answered, 4, (NotificationChannel.Mail, SocialTeam.Id, NotificationPurpose.StatusUpdate), (NotificationChannel.Card, SocialTeam.Id, NotificationPurpose.StatusUpdate));

        var completed = Do(ReferralAction.Complete, Referral(ReferralStatus.Accepted), TeamMember).Value!;
        Assert.Equal(("Geholpen", ReferralStatus.Completed), (completed.After.Outcome, completed.After.Status));
        Assert.False(completed.After.IsOpen);
        AssertNotifies(completed, 4, (NotificationChannel.Mail, Referrer.Id, NotificationPurpose.StatusUpdate), (NotificationChannel.Card, Referrer.Id, NotificationPurpose.StatusUpdate));
    }

    [Fact]
    public void AForwardTellsTheReferrerAndAsksTheNewReceiver()
    {
        var forwarded = ReferralLifecycle.Forward(Referral(ReferralStatus.Accepted) with { RemindedFor = Today }, TeamMember, Specialist, " Voor jou ", Now).Value!;

        Assert.Equal((ReferralStatus.Forwarded, Specialist.Id, (DateOnly?)null), (forwarded.After.Status, forwarded.After.Receiver, forwarded.After.RemindedFor));
        Assert.Equal((Specialist.Id, "Voor jou"), (forwarded.Event.Receiver!.Value, forwarded.Event.Text));
        AssertNotifies(
            forwarded,
            4,
            (NotificationChannel.Card, Referrer.Id, NotificationPurpose.StatusUpdate),
            (NotificationChannel.Mail, Specialist.Id, NotificationPurpose.NewRequest),
            (NotificationChannel.Card, Specialist.Id, NotificationPurpose.NewRequest));
    }

    [Fact]
    public void PersonalDataIsForwardedOnlyToTheReceiverTheResidentConsentedTo()
    {
        var withData = Referral() with { ContainsPersonalData = true, Consent = new ResidentConsent("Wijkteam", Today, SocialTeam.Id) };

        var refused = ReferralLifecycle.Forward(withData, TeamMember, Specialist, null, Now);
        Assert.Equal(ValidationCodes.ConsentForOtherReceiver, Assert.Single(refused.Errors).Code);

        var consented = withData with { Consent = new ResidentConsent("Wijkteam", Today, Specialist.Id) };
        Assert.True(ReferralLifecycle.Forward(consented, TeamMember, Specialist, null, Now).IsValid);
        Assert.True(ReferralLifecycle.Forward(Referral(), TeamMember, Specialist, null, Now).IsValid);
    }

    [Fact]
    public void AForwardNeedsAnotherKnownReceiver()
    {
        Assert.Equal(ValidationCodes.Required, Assert.Single(ReferralLifecycle.Forward(Referral(), TeamMember, null, null, Now).Errors).Code);
        var unknown = Assert.Single(ReferralLifecycle.Forward(Referral(), TeamMember, null, null, Now, new ColleagueId("onbekend")).Errors);
        Assert.Equal((ValidationCodes.UnknownColleague, (object)"onbekend"), (unknown.Code, unknown.Arguments.Single()));
        Assert.Equal(ValidationCodes.SelfReferral, Assert.Single(ReferralLifecycle.Forward(Referral(), TeamMember, SocialTeam, null, Now).Errors).Code);
    }

    [Theory]
    [InlineData(null, ValidationCodes.Required)]
    [InlineData("   ", ValidationCodes.Required)]
    [InlineData("BSN 111222333", ValidationCodes.ContainsBsn)]
    public void ANoteThatIsNeededMustBeThereAndHoldNoBsn(string? text, string code)
    {
        Assert.Equal(code, Assert.Single(ReferralLifecycle.Decline(Referral(), TeamMember, text, Now).Errors).Code);
        Assert.Equal(code, Assert.Single(ReferralLifecycle.Complete(Referral(ReferralStatus.Accepted), TeamMember, text, Now).Errors).Code);
        Assert.Equal(code, Assert.Single(ReferralLifecycle.RequestInformation(Referral(), TeamMember, text, Now).Errors).Code);
        Assert.Equal(code, Assert.Single(ReferralLifecycle.ProvideInformation(Referral(ReferralStatus.InformationRequested), Referrer, text, Now).Errors).Code);
    }

    [Fact]
    public void ANoteMayBeAtMostItsLength()
    {
        var error = Assert.Single(ReferralLifecycle.Decline(Referral(), TeamMember, new string('a', ReferralLimits.NoteLength + 1), Now).Errors);
        Assert.Equal(ValidationCodes.TooLong, error.Code);
        Assert.True(ReferralLifecycle.Decline(Referral(), TeamMember, new string('a', ReferralLimits.NoteLength), Now).IsValid);
    }

    [Fact]
    public void TheButtonsAreTheActionsAColleagueMayTakeNow()
    {
        Assert.Equal(
            [ReferralAction.Accept, ReferralAction.Decline, ReferralAction.Forward, ReferralAction.RequestInformation],
            ReferralLifecycle.ActionsFor(Referral(), TeamMember));
        Assert.Empty(ReferralLifecycle.ActionsFor(Referral(), Referrer));
        Assert.Equal([ReferralAction.ProvideInformation], ReferralLifecycle.ActionsFor(Referral(ReferralStatus.InformationRequested), WijkteamMember));
        Assert.Empty(ReferralLifecycle.ActionsFor(Referral(ReferralStatus.Completed), TeamMember));
    }

    [Fact]
    public void AReminderComesOnceFromTheReminderDayUntilTheDueDate()
    {
        var sla = ReferralSla.Default;
        var due = new DateOnly(2026, 12, 3);
        var referral = Referral() with { DueDate = due };

        Assert.Null(ReferralLifecycle.Remind(referral, sla, new DateOnly(2026, 12, 1), Now));
        var reminder = ReferralLifecycle.Remind(referral, sla, new DateOnly(2026, 12, 2), Now)!;
        Assert.Equal(due, reminder.After.RemindedFor);
        AssertNotifies(reminder, 4, (NotificationChannel.Mail, SocialTeam.Id, NotificationPurpose.Reminder), (NotificationChannel.Card, SocialTeam.Id, NotificationPurpose.Reminder));
        Assert.Null(ReferralLifecycle.Remind(reminder.After, sla, new DateOnly(2026, 12, 3), Now));
        Assert.Null(ReferralLifecycle.Remind(referral, sla, new DateOnly(2026, 12, 4), Now));
        Assert.Null(ReferralLifecycle.Remind(Referral(ReferralStatus.InformationRequested) with { DueDate = due }, sla, due, Now));
    }

    [Fact]
    public void AnOverdueReferralIsEscalatedOnceToTheManagers()
    {
        var due = new DateOnly(2026, 12, 3);
        var referral = Referral() with { DueDate = due };
        IReadOnlyList<Colleague> managers = [Specialist with { Roles = [AppRole.DistrictManager] }];

        Assert.Null(ReferralLifecycle.Escalate(referral, managers, due, Now));
        var escalation = ReferralLifecycle.Escalate(referral, managers, due.AddDays(1), Now)!;
        AssertNotifies(escalation, 4, (NotificationChannel.Mail, Specialist.Id, NotificationPurpose.Escalation), (NotificationChannel.Card, Specialist.Id, NotificationPurpose.Escalation));
        Assert.Null(ReferralLifecycle.Escalate(escalation.After, managers, due.AddDays(2), Now));
        Assert.Null(ReferralLifecycle.Escalate(referral, [], due.AddDays(1), Now));
        Assert.Null(ReferralLifecycle.Escalate(Referral(ReferralStatus.Completed) with { DueDate = due }, managers, due.AddDays(1), Now));
    }

    private static Colleague RightActor(ReferralAction action) => action == ReferralAction.ProvideInformation ? Referrer : TeamMember;

    private static Result<ReferralChange> Do(ReferralAction action, Referral referral, Colleague actor)
    {
        var at = Now.AddHours(1);
        return action switch
        {
            ReferralAction.Accept => ReferralLifecycle.Accept(referral, actor, at),
            ReferralAction.Decline => ReferralLifecycle.Decline(referral, actor, "Past niet", at),
            ReferralAction.Forward => ReferralLifecycle.Forward(referral, actor, Specialist, null, at),
            ReferralAction.RequestInformation => ReferralLifecycle.RequestInformation(referral, actor, "Welk adres?", at),
            ReferralAction.ProvideInformation => ReferralLifecycle.ProvideInformation(referral, actor, "Dorpsstraat 1", at),
            _ => ReferralLifecycle.Complete(referral, actor, "Geholpen", at),
        };
    }

    private static void AssertNotifies(ReferralChange change, int sequence, params (NotificationChannel Channel, ColleagueId To, NotificationPurpose Purpose)[] expected)
    {
        Assert.Equal(expected, change.Notifications.Select(n => (n.Channel, n.Recipient, n.Purpose)));
        Assert.All(change.Notifications, n => Assert.Equal((change.After.Id, sequence), (n.Referral, n.EventSequence)));
    }
}
