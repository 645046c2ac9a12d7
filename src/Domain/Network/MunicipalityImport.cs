using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Network;

/// <summary>
/// The rules for loading (or extending) a municipality's areas, districts and themes, as the Beheerder does once when
/// the app is installed and again when the wijkprogramma grows. The installation serves one municipality; every
/// district lies in exactly one area; and reference data only grows: what exists stays (members live in their area's
/// partition, so a district cannot move), names may change, and the areas keep their chosen themes.
/// </summary>
public static class MunicipalityImport
{
    public const int NameLength = 120;

    public static Result<Municipality> Apply(Municipality proposed, Municipality? existing, string expectedCode)
    {
        var errors = new List<ValidationError>();
        if (proposed.Code != expectedCode)
        {
            errors.Add(new("municipality.code", ValidationCodes.OtherMunicipality, expectedCode));
        }

        CheckName("municipality.name", proposed.Name, errors);
        CheckAreas(proposed, errors);
        CheckDistricts(proposed, errors);
        if (proposed.Themes.Count == 0)
        {
            errors.Add(new("themes", ValidationCodes.Required));
        }

        foreach (var duplicate in proposed.Themes.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new("themes", ValidationCodes.Duplicate, duplicate.First().Name));
        }

        if (existing is not null)
        {
            CheckNothingRemovedOrMoved(proposed, existing, errors);
        }

        return errors.Count > 0 ? Result<Municipality>.Refused(errors) : Result<Municipality>.Success(KeepAreaThemes(proposed, existing));
    }

    private static void CheckAreas(Municipality proposed, List<ValidationError> errors)
    {
        if (proposed.Areas.Count == 0)
        {
            errors.Add(new("areas", ValidationCodes.Required));
        }

        for (var i = 0; i < proposed.Areas.Count; i++)
        {
            var area = proposed.Areas[i];
            if (!AreaId.IsValidKey(area.Id.Key))
            {
                errors.Add(new($"areas[{i}].key", ValidationCodes.InvalidFormat));
            }
            else if (proposed.Areas.Take(i).Any(a => a.Id == area.Id))
            {
                errors.Add(new($"areas[{i}].key", ValidationCodes.Duplicate, area.Id.Key));
            }

            CheckName($"areas[{i}].name", area.Name, errors);
            foreach (var code in area.DistrictCodes.Where(c => proposed.FindDistrict(c) is null))
            {
                errors.Add(new($"areas[{i}].districts", ValidationCodes.UnknownDistrict, code));
            }
        }
    }

    private static void CheckDistricts(Municipality proposed, List<ValidationError> errors)
    {
        if (proposed.Districts.Count == 0)
        {
            errors.Add(new("districts", ValidationCodes.Required));
        }

        for (var i = 0; i < proposed.Districts.Count; i++)
        {
            var district = proposed.Districts[i];
            if (!DistrictCode.IsValid(district.Code) || DistrictCode.MunicipalityOf(district.Code) != proposed.Code)
            {
                errors.Add(new($"districts[{i}].code", ValidationCodes.InvalidFormat));
            }
            else if (proposed.Districts.Take(i).Any(d => d.Code == district.Code))
            {
                errors.Add(new($"districts[{i}].code", ValidationCodes.Duplicate, district.Code));
            }
            else if (proposed.Areas.Count(a => a.DistrictCodes.Contains(district.Code)) != 1)
            {
                errors.Add(new($"districts[{i}].code", ValidationCodes.DistrictNotInOneArea, district.Code));
            }

            CheckName($"districts[{i}].name", district.Name, errors);
        }
    }

    private static void CheckNothingRemovedOrMoved(Municipality proposed, Municipality existing, List<ValidationError> errors)
    {
        errors.AddRange(existing.Areas.Where(a => proposed.FindArea(a.Id) is null).Select(a => new ValidationError("areas", ValidationCodes.CannotRemove, a.Id.Key)));
        errors.AddRange(existing.Themes.Where(t => !proposed.HasTheme(t.Id)).Select(t => new ValidationError("themes", ValidationCodes.CannotRemove, t.Name)));
        foreach (var district in existing.Districts)
        {
            if (proposed.FindDistrict(district.Code) is not { } now)
            {
                errors.Add(new("districts", ValidationCodes.CannotRemove, district.Code));
            }
            else if (now.Area != district.Area)
            {
                errors.Add(new("districts", ValidationCodes.CannotMove, district.Code, district.Area.Key));
            }
        }
    }

    private static Municipality KeepAreaThemes(Municipality proposed, Municipality? existing) =>
        existing is null
            ? proposed
            : proposed with { Areas = [.. proposed.Areas.Select(a => a with { ThemeIds = existing.FindArea(a.Id)?.ThemeIds })] };

    private static void CheckName(string field, string? name, List<ValidationError> errors)
    {
        FreeText.Check(field, name, NameLength, required: true, errors);
    }
}
