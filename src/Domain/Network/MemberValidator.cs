using System.Net.Mail;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Network;

/// <summary>Checks a member against the frame of its municipality. Returns every reason at once, not just the first.</summary>
public sealed class MemberValidator(TimeProvider clock)
{
    /// <summary>Validates <paramref name="member"/> and tells which area its districts lie in.</summary>
    public (AreaId? Area, List<ValidationError> Errors) Validate(Member member, Municipality? municipality)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("name", member.Name, NetworkLimits.NameLength, required: true, errors);
        var area = CheckDistricts(errors, member.Districts, municipality);
        CheckThemes(errors, member.Themes, municipality);
        if (member.JoinedOn > Today)
        {
            errors.Add(new("joinedOn", ValidationCodes.InFuture));
        }

        switch (member)
        {
            case Initiative initiative:
                FreeText.Check("description", initiative.Description, NetworkLimits.DescriptionLength, required: false, errors);
                break;
            case Person person:
                CheckPerson(errors, person);
                break;
        }

        return (area, errors);
    }

    /// <summary>Checks a tie's dates; <paramref name="prefix"/> goes before the field names ("ties[2]." or nothing).</summary>
    public void CheckTieDates(List<ValidationError> errors, string prefix, DateOnly since, DateOnly lastContact)
    {
        if (since > Today)
        {
            errors.Add(new($"{prefix}since", ValidationCodes.InFuture));
        }

        if (lastContact > Today)
        {
            errors.Add(new($"{prefix}lastContactOn", ValidationCodes.InFuture));
        }
        else if (lastContact < since)
        {
            errors.Add(new($"{prefix}lastContactOn", ValidationCodes.BeforeSince));
        }
    }

    public DateOnly Today => DutchTime.Today(clock);

    private static AreaId? CheckDistricts(List<ValidationError> errors, IReadOnlyList<string> districts, Municipality? municipality)
    {
        if (districts.Count == 0)
        {
            errors.Add(new("districts", ValidationCodes.Required));
            return null;
        }

        if (districts.Count > NetworkLimits.DistrictsPerMember)
        {
            errors.Add(new("districts", ValidationCodes.TooMany, NetworkLimits.DistrictsPerMember));
            return null;
        }

        if (municipality is null)
        {
            errors.Add(new("districts", ValidationCodes.UnknownMunicipality));
            return null;
        }

        var areas = new HashSet<AreaId>();
        for (var i = 0; i < districts.Count; i++)
        {
            var district = municipality.FindDistrict(districts[i]);
            if (district is null)
            {
                errors.Add(new($"districts[{i}]", ValidationCodes.UnknownDistrict, districts[i]));
            }
            else
            {
                areas.Add(district.Area);
            }
        }

        if (areas.Count > 1)
        {
            errors.Add(new("districts", ValidationCodes.DistrictsInSeveralAreas));
            return null;
        }

        return areas.Count == 1 ? areas.First() : null;
    }

    private static void CheckThemes(List<ValidationError> errors, IReadOnlyList<string> themes, Municipality? municipality)
    {
        if (themes.Count > NetworkLimits.ThemesPerMember)
        {
            errors.Add(new("themes", ValidationCodes.TooMany, NetworkLimits.ThemesPerMember));
            return;
        }

        for (var i = 0; i < themes.Count; i++)
        {
            if (municipality is not null && !municipality.HasTheme(themes[i]))
            {
                errors.Add(new($"themes[{i}]", ValidationCodes.UnknownTheme, themes[i]));
            }
        }
    }

    private static void CheckPerson(List<ValidationError> errors, Person person)
    {
        if (person.Roles.Count == 0)
        {
            errors.Add(new("roles", ValidationCodes.Required));
        }

        if (person.Email is not null)
        {
            if (person.Email.Length > NetworkLimits.EmailLength)
            {
                errors.Add(new("email", ValidationCodes.TooLong, NetworkLimits.EmailLength));
            }
            else if (!MailAddress.TryCreate(person.Email, out var parsed) || parsed.Address != person.Email)
            {
                errors.Add(new("email", ValidationCodes.InvalidFormat));
            }
        }

        if (person.Phone is not null)
        {
            if (person.Phone.Length > NetworkLimits.PhoneLength)
            {
                errors.Add(new("phone", ValidationCodes.TooLong, NetworkLimits.PhoneLength));
            }
            else if (person.Phone.Length < 6 || !person.Phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
            {
                errors.Add(new("phone", ValidationCodes.InvalidFormat));
            }
        }
    }
}
