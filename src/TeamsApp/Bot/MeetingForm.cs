using System.Globalization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// Reads the bot's plan-a-meeting form into a draft. The card sends a date and two times (Dutch time); what cannot be
/// read is reported per field, and the domain's rules (past, end before start, invitees, scope) do the rest.
/// </summary>
internal static class MeetingForm
{
    public static MeetingValues Values(InvokeData data) => new(
        data.Get(MeetingFormInputs.Kind),
        data.Get(MeetingFormInputs.Title),
        data.Get(MeetingFormInputs.Scope),
        data.Get(BotInputs.Themes),
        data.Get(MeetingFormInputs.Date),
        data.Get(MeetingFormInputs.Start),
        data.Get(MeetingFormInputs.End),
        data.Get(MeetingFormInputs.Location),
        data.Get(MeetingFormInputs.Online),
        data.Get(MeetingFormInputs.Agenda),
        data.HasAny(MeetingFormInputs.InvitePrefix)
            ? data.WithPrefix(MeetingFormInputs.InvitePrefix).Where(v => InviteeRef.TryParse(v, out _)).ToHashSet(StringComparer.Ordinal)
            : null,
        data.Get(MeetingFormInputs.Colleagues));

    public static (MeetingDraft? Draft, List<ValidationError> Errors) Read(MeetingValues values)
    {
        var errors = new List<ValidationError>();
        if (!Enum.TryParse<MeetingKind>(values.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(new("kind", ValidationCodes.Required));
        }

        var date = Parse<DateOnly>(values.Date, "yyyy-MM-dd", "date", errors);
        var start = Parse<TimeOnly>(values.Start, "HH:mm", "start", errors);
        var end = Parse<TimeOnly>(values.End, "HH:mm", "end", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var invitees = (values.Invitees ?? new HashSet<string>())
            .Concat(Split(values.Colleagues).Select(c => InviteeRef.For(new ColleagueId(c)).ToString()))
            .Select(text => InviteeRef.TryParse(text, out var invitee) ? invitee : (InviteeRef?)null)
            .OfType<InviteeRef>()
            .ToList();
        var draft = new MeetingDraft
        {
            Kind = kind,
            Title = values.Title ?? string.Empty,
            Scope = values.Scope ?? string.Empty,
            Themes = Split(values.Themes),
            Start = DutchTime.At(date, start),
            End = DutchTime.At(date, end),
            Location = values.Location,
            Online = values.Online == "true",
            Agenda = values.Agenda,
            Invitees = invitees,
        };
        return (draft, errors);
    }

    public static IReadOnlyList<string> Split(string? list) =>
        list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static T Parse<T>(string? text, string format, string field, List<ValidationError> errors)
        where T : struct, ISpanParsable<T>
    {
        if (text is null)
        {
            errors.Add(new(field, ValidationCodes.Required));
            return default;
        }

        // Teams sends HH:mm, yet some clients add seconds; a date is yyyy-MM-dd.
        var trimmed = typeof(T) == typeof(TimeOnly) && text.Length > 5 ? text[..5] : text;
        if (T.TryParse(trimmed, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new(field, ValidationCodes.InvalidFormat, format));
        return default;
    }
}
