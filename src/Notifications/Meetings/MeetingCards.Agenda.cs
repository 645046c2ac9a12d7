using System.Globalization;
using System.Text.Json.Nodes;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>The agenda card: what, when, where, the invitees with their answers, the agreed actions, and the buttons.</summary>
public sealed partial class MeetingCards
{
    /// <summary>
    /// The card as <paramref name="viewer"/> sees it (null: as posted in the channel, for everyone). Invited colleagues
    /// get the answer buttons while it is planned; once it has started, whoever may organise it records attendance and
    /// agrees actions, and an action's owner marks it done.
    /// </summary>
    public AdaptiveCard Agenda(
        MeetingView view,
        Colleague? viewer,
        IReadOnlyList<Colleague> owners,
        IReadOnlyList<string> refreshUserIds,
        DateTimeOffset now,
        string? problem = null)
    {
        var meeting = view.Meeting;
        var title = Title(meeting);
        var body = new List<CardElement>();
        if (problem is not null)
        {
            body.Add(Problem(problem));
        }

        if (meeting.Status != MeetingStatus.Planned)
        {
            body.Add(new TextBlock { Text = StatusLine(meeting), Wrap = true, Color = meeting.Status == MeetingStatus.Cancelled ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder });
        }

        body.Add(Heading(title));
        body.Add(Facts(view));
        if (meeting.Agenda is { } agenda)
        {
            body.Add(Subheading(text["Section.Agenda"]));
            body.Add(new TextBlock { Text = agenda, Wrap = true });
        }

        body.AddRange(Invitees(view));
        body.AddRange(AgreedActions(view));
        var mine = viewer is null ? null : meeting.FindInvitee(InviteeRef.For(viewer.Id));
        if (mine is not null && meeting.Status == MeetingStatus.Planned)
        {
            body.Add(new TextBlock { Text = text["Rsvp.Yours", text["Rsvp." + mine.Rsvp]], Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        }

        var actions = new List<CardAction>();
        if (meeting.Status == MeetingStatus.Planned && (viewer is null || mine is not null))
        {
            actions.Add(Execute("Button.Accept", MeetingVerbs.Accept, meeting.Id, style: ActionStyle.Positive));
            actions.Add(Execute("Button.Tentative", MeetingVerbs.Tentative, meeting.Id));
            actions.Add(Execute("Button.Decline", MeetingVerbs.Decline, meeting.Id));
        }

        if (viewer is not null)
        {
            actions.AddRange(OrganiserActions(view, viewer, owners, now));
        }

        if (view.Links.JoinUrl is { } join && meeting.Status == MeetingStatus.Planned && Uri.TryCreate(join, UriKind.Absolute, out var joinUri))
        {
            actions.Add(new OpenUrlAction { Title = text["Action.Join"], Url = joinUri });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = title,
            Refresh = refreshUserIds.Count == 0
                ? null
                : new Refresh { Action = Execute("Action.Refresh", MeetingVerbs.Refresh, meeting.Id), UserIds = refreshUserIds.Take(Refresh.MaxUserIds).ToList() },
        };
    }

    private string StatusLine(Meeting meeting) => meeting.Status == MeetingStatus.Cancelled
        ? meeting.CancelReason is { } reason ? text["Status.CancelledBecause", reason] : text["Status.Cancelled"]
        : text["Status.Held", meeting.Attendees.Count()];

    private FactSet Facts(MeetingView view)
    {
        var meeting = view.Meeting;
        var where = meeting.Location is { } location
            ? meeting.Online ? text["Fact.WhereAndOnline", location].Value : location
            : text["Fact.Online"].Value;
        var facts = new List<Fact>
        {
            new(text["Fact.When"], When(meeting)),
            new(text["Fact.Where"], where),
            new(text["Fact.Scope"], view.ScopeName),
        };
        if (view.ThemeNames.Count > 0)
        {
            facts.Add(new(text["Fact.Themes"], string.Join(", ", view.ThemeNames)));
        }

        facts.Add(new(text["Fact.Organiser"], view.NameOf(meeting.Organiser)));
        return new FactSet { Facts = facts };
    }

    private IEnumerable<CardElement> Invitees(MeetingView view)
    {
        var held = view.Meeting.Status == MeetingStatus.Held;
        foreach (var group in view.Invitees.GroupBy(i => i.Group).OrderBy(g => g.Key))
        {
            yield return Subheading(text["Group." + group.Key, group.Count()]);
            foreach (var line in group.OrderBy(l => l.Name, StringComparer.CurrentCulture))
            {
                var parts = new List<string> { line.Name };
                if (held)
                {
                    parts.Add(line.Invitee.Attended ? text["Invitee.Attended"] : text["Invitee.Absent"]);
                }
                else if (line.Invitee.Ref.Kind == InviteeKind.Colleague)
                {
                    parts.Add(text["Rsvp." + line.Invitee.Rsvp]);
                }

                if (!line.HasMailbox)
                {
                    parts.Add(text["Invitee.NoMailbox"]);
                }

                yield return Line(string.Join(" · ", parts));
            }
        }
    }

    private IEnumerable<CardElement> AgreedActions(MeetingView view)
    {
        if (view.Meeting.Actions.Count == 0)
        {
            yield break;
        }

        yield return Subheading(text["Section.Actions"]);
        foreach (var action in view.Meeting.Actions)
        {
            var due = action.DueOn.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
            yield return Line(text[action.Done ? "Action.LineDone" : "Action.Line", action.Number, action.Text, view.NameOf(action.Owner), due]);
        }
    }

    private IEnumerable<CardAction> OrganiserActions(MeetingView view, Colleague viewer, IReadOnlyList<Colleague> owners, DateTimeOffset now)
    {
        var meeting = view.Meeting;
        var mayOrganise = MeetingLifecycle.MayOrganise(meeting, viewer);
        var started = now >= meeting.Start && MeetingLifecycle.AllowedIn(MeetingAction.RecordAttendance).Contains(meeting.Status);
        if (mayOrganise && started)
        {
            yield return AttendanceForm(view);
            if (owners.Count > 0 && meeting.Actions.Count < MeetingLimits.MaxActions)
            {
                yield return ActionForm(meeting, owners, DateOnly.FromDateTime(DutchTime.ToDutch(now).Date));
            }
        }

        var open = meeting.Actions.Where(a => !a.Done && (mayOrganise || viewer.ActsFor(a.Owner))).ToList();
        if (open.Count > 0 && MeetingLifecycle.AllowedIn(MeetingAction.CompleteAction).Contains(meeting.Status))
        {
            yield return CompleteForm(meeting, open);
        }
    }

    private ShowCardAction AttendanceForm(MeetingView view)
    {
        var held = view.Meeting.Status == MeetingStatus.Held;
        var toggles = view.Invitees
            .OrderBy(l => l.Group).ThenBy(l => l.Name, StringComparer.CurrentCulture)
            .Select((line, i) => (CardElement)new ToggleInput
            {
                Id = MeetingInputs.AttendeePrefix + i.ToString(CultureInfo.InvariantCulture),
                Label = line.Name,
                Title = text["Attendance.Came"],
                ValueOn = line.Invitee.Ref.ToString(),
                ValueOff = "-",
                Value = (held ? line.Invitee.Attended : line.Invitee.Rsvp == Rsvp.Accepted) ? line.Invitee.Ref.ToString() : "-",
                Wrap = true,
            })
            .ToList();
        return Form("Action.Attendance", MeetingVerbs.RecordAttendance, view.Meeting.Id, toggles);
    }

    private ShowCardAction ActionForm(Meeting meeting, IReadOnlyList<Colleague> owners, DateOnly today) => Form("Action.Agree", MeetingVerbs.AgreeAction, meeting.Id,
    [
        new TextInput
        {
            Id = MeetingInputs.ActionText, Label = text["Input.ActionText.Label"], IsRequired = true, ErrorMessage = text["Input.ActionText.Error"],
            MaxLength = MeetingLimits.ActionLength,
        },
        new ChoiceSetInput
        {
            Id = MeetingInputs.ActionOwner, Label = text["Input.ActionOwner.Label"], IsRequired = true, ErrorMessage = text["Input.ActionOwner.Error"],
            Style = ChoiceInputStyle.Filtered,
            Choices = owners.OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => new Choice(c.Name, c.Id.Value)).ToList(),
        },
        new DateInput { Id = MeetingInputs.ActionDueOn, Label = text["Input.ActionDueOn.Label"], IsRequired = true, ErrorMessage = text["Input.ActionDueOn.Error"], Min = today },
    ]);

    private ShowCardAction CompleteForm(Meeting meeting, IReadOnlyList<AgreedAction> open) => Form("Action.Complete", MeetingVerbs.CompleteAction, meeting.Id,
    [
        new ChoiceSetInput
        {
            Id = MeetingVerbs.ActionNumberField, Label = text["Input.ActionNumber.Label"], IsRequired = true, ErrorMessage = text["Input.ActionNumber.Error"],
            Choices = open.Select(a => new Choice($"{a.Number}. {a.Text}", a.Number.ToString(CultureInfo.InvariantCulture))).ToList(),
        },
    ]);

    private ShowCardAction Form(string titleKey, string verb, MeetingId id, IList<CardElement> inputs) => new()
    {
        Title = text[titleKey],
        Card = new AdaptiveCard
        {
            Body = inputs,
            Actions = [Execute("Action.Save", verb, id, style: ActionStyle.Positive, inputs: AssociatedInputs.Auto)],
        },
    };
}
