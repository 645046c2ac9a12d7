using System.Text.RegularExpressions;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// How a beheerder names the person of an access or erasure request: by id (an Entra object id, or the id of a person
/// in the network) or by e-mail address, exactly one of them.
/// </summary>
public sealed partial record SubjectLookup(string? Id, string? Mail)
{
    public const int MaxMailLength = 254;

    public static Result<SubjectLookup> Parse(string? id, string? mail)
    {
        var hasId = !string.IsNullOrWhiteSpace(id);
        var hasMail = !string.IsNullOrWhiteSpace(mail);
        if (hasId == hasMail)
        {
            return Result<SubjectLookup>.Refused([new("id", ValidationCodes.IdOrEmail)]);
        }

        if (hasMail)
        {
            var trimmed = mail!.Trim();
            return trimmed.Length <= MaxMailLength && MailPattern().IsMatch(trimmed)
                ? Result<SubjectLookup>.Success(new(null, trimmed))
                : Result<SubjectLookup>.Refused([new("email", ValidationCodes.InvalidFormat)]);
        }

        var text = id!.Trim();
        if (ColleagueId.TryParse(text, out var colleague) && !colleague.IsTeam)
        {
            return Result<SubjectLookup>.Success(new(colleague.Value, null));
        }

        return MemberId.TryParse(text, out var member)
            ? Result<SubjectLookup>.Success(new(member.ToString(), null))
            : Result<SubjectLookup>.Refused([new("id", ValidationCodes.InvalidFormat)]);
    }

    /// <summary>An erasure is confirmed by typing the same id or e-mail address again (case does not matter).</summary>
    public bool IsConfirmedBy(string? confirmation) =>
        !string.IsNullOrWhiteSpace(confirmation) && string.Equals(confirmation.Trim(), Id ?? Mail, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex MailPattern();
}
