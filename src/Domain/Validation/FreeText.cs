namespace Wijkverbinder.Domain.Validation;

/// <summary>
/// The checks every text someone types gets, whatever it belongs to: present when required, not too long once
/// trimmed, no BSN (docs/privacy.md), and no control characters. A form cannot type those; sent to the API they would
/// travel on into mails, cards and exports. Line breaks and tabs are ordinary text.
/// </summary>
public static class FreeText
{
    public static void Check(string field, string? text, int maxLength, bool required, List<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
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
        else if (HasControlCharacters(text))
        {
            errors.Add(new(field, ValidationCodes.ControlCharacters));
        }
        else if (Bsn.AppearsIn(text))
        {
            errors.Add(new(field, ValidationCodes.ContainsBsn));
        }
    }

    /// <summary>A text as it is kept: trimmed, or null when there is none.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool HasControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
    }
}
