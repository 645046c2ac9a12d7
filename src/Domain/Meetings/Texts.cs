using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>The checks every free text of a meeting gets: present when required, not too long, no BSN.</summary>
internal static class Texts
{
    public static void Check(string field, string? text, int maxLength, bool required, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new(field, ValidationCodes.Required));
            }

            return;
        }

        if (text.Trim().Length > maxLength)
        {
            errors.Add(new(field, ValidationCodes.TooLong, maxLength));
        }

        if (Bsn.AppearsIn(text))
        {
            errors.Add(new(field, ValidationCodes.ContainsBsn));
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
