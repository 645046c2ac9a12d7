using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Problems;

/// <summary>
/// A refusal's reason in the user's language: the one way the API, the pages and the cards say it. A status or action
/// among the arguments (the domain's English enum names) is said through its "Value." resource when it has one.
/// </summary>
public static partial class Reasons
{
    public static string Of(IStringLocalizer<ApiMessages> text, ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        object[] arguments = [.. error.Arguments.Select(a => a is string name && text["Value." + name] is { ResourceNotFound: false } value ? value.Value : a)];
        var message = text[error.Code].Value;

        // A message that names more arguments than the refusal carries still reads as a sentence; a request must not
        // fail on how its refusal is worded (TextResourcesTests finds such refusals in the code).
        var named = Placeholder().Matches(message).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
        return string.Format(CultureInfo.CurrentCulture, message, [.. arguments, .. Enumerable.Repeat<object>(string.Empty, Math.Max(0, named - arguments.Length))]);
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)")]
    private static partial Regex Placeholder();
}
