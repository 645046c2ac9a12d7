using System.Globalization;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>Reads text fields of a request into typed values, noting a field error for each one that does not parse.</summary>
internal sealed class RequestReader
{
    public List<ValidationError> Errors { get; } = [];

    public DateOnly? Date(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(new(field, ValidationCodes.InvalidFormat));
        return null;
    }

    /// <summary>An enumeration value by name (any case); numbers are refused so the API speaks only in names.</summary>
    public TEnum? Enum<TEnum>(string? text, string field, bool required = true)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Errors.Add(new(field, ValidationCodes.Required));
            }

            return null;
        }

        if (!char.IsAsciiDigit(text.TrimStart('-')[0]) && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        Errors.Add(new(field, ValidationCodes.UnknownValue, text, string.Join(", ", System.Enum.GetNames<TEnum>())));
        return null;
    }

    /// <summary>A list of codes; a missing list is empty, a blank entry is an error.</summary>
    public IReadOnlyList<string> Codes(IReadOnlyList<string>? items, string field)
    {
        var codes = new List<string>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(items![i]))
            {
                Errors.Add(new($"{field}[{i}]", ValidationCodes.Required));
            }
            else
            {
                codes.Add(items[i].Trim());
            }
        }

        return codes.Distinct().ToList();
    }
}
