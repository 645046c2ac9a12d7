using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// The rules a planned (or changed) meeting must meet. Every broken rule is reported, so the organiser fixes all at once.
/// <paramref name="knownInvitees"/> are the invitees that exist (members of the network, colleagues of the municipality).
/// </summary>
public static class MeetingValidator
{
    public static List<ValidationError> Validate(
        MeetingDraft draft,
        Municipality municipality,
        IReadOnlySet<InviteeRef> knownInvitees,
        DateTimeOffset now)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("title", draft.Title, MeetingLimits.TitleLength, required: true, errors);
        FreeText.Check("location", draft.Location, MeetingLimits.LocationLength, required: !draft.Online, errors);
        FreeText.Check("agenda", draft.Agenda, MeetingLimits.AgendaLength, required: false, errors);

        var area = municipality.AreaOfScope(draft.Scope);
        if (area is null)
        {
            errors.Add(new("scope", string.IsNullOrWhiteSpace(draft.Scope) ? ValidationCodes.Required : ValidationCodes.NotAScope, draft.Scope ?? ""));
        }

        CheckThemes(draft, municipality, area, errors);
        CheckTimes(draft, now, errors);
        CheckInvitees(draft.Invitees, knownInvitees, errors);
        return errors;
    }

    /// <summary>The districts a valid scope covers: the district itself, or every district of the area.</summary>
    public static IReadOnlyList<string> DistrictsOf(Municipality municipality, string scope) =>
        municipality.FindDistrict(scope) is { } district ? [district.Code]
        : municipality.AreaOfScope(scope) is { } area ? area.DistrictCodes
        : [];

    private static void CheckThemes(MeetingDraft draft, Municipality municipality, Area? area, List<ValidationError> errors)
    {
        if (draft.Kind == MeetingKind.ThemeMeeting && draft.Themes.Count == 0)
        {
            errors.Add(new("themes", ValidationCodes.Required));
        }

        if (draft.Themes.Count > MeetingLimits.MaxThemes)
        {
            errors.Add(new("themes", ValidationCodes.TooMany, MeetingLimits.MaxThemes));
        }

        foreach (var theme in draft.Themes)
        {
            if (!municipality.HasTheme(theme))
            {
                errors.Add(new("themes", ValidationCodes.UnknownTheme, theme));
            }
            else if (area is not null && !area.WorksOn(theme))
            {
                errors.Add(new("themes", ValidationCodes.ThemeNotInArea, theme, area.Name));
            }
        }
    }

    private static void CheckTimes(MeetingDraft draft, DateTimeOffset now, List<ValidationError> errors)
    {
        if (draft.Start < now)
        {
            errors.Add(new("start", ValidationCodes.InPast));
        }
        else if (draft.Start > now.AddDays(MeetingLimits.MaxDaysAhead))
        {
            errors.Add(new("start", ValidationCodes.TooFarAhead, MeetingLimits.MaxDaysAhead));
        }

        if (draft.End <= draft.Start)
        {
            errors.Add(new("end", ValidationCodes.EndBeforeStart));
        }
        else if (draft.End - draft.Start > MeetingLimits.MaxDuration)
        {
            errors.Add(new("end", ValidationCodes.TooLongDuration, (int)MeetingLimits.MaxDuration.TotalHours));
        }
    }

    private static void CheckInvitees(IReadOnlyList<InviteeRef> invitees, IReadOnlySet<InviteeRef> known, List<ValidationError> errors)
    {
        var distinct = invitees.Distinct().ToList();
        if (distinct.Count == 0)
        {
            errors.Add(new("invitees", ValidationCodes.NoInvitees));
        }
        else if (distinct.Count > MeetingLimits.MaxInvitees)
        {
            errors.Add(new("invitees", ValidationCodes.TooMany, MeetingLimits.MaxInvitees));
        }

        foreach (var invitee in distinct.Where(i => !known.Contains(i)))
        {
            errors.Add(new("invitees", invitee.Kind == InviteeKind.Member ? ValidationCodes.UnknownMember : ValidationCodes.UnknownColleague, invitee.Id));
        }
    }
}
