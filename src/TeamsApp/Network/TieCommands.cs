using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Network.Contracts;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>Write handlers for ties between members.</summary>
internal static class TieCommands
{
    public static async Task<IResult> Add(string memberId, TieRequest? request, NetworkRegistry registry, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!MemberId.TryParse(memberId, out var id))
        {
            return problems.Invalid([new ValidationError("memberId", ValidationCodes.InvalidFormat)]);
        }

        var reader = new RequestReader();
        var input = MemberRequestReader.ReadTie(reader, request, string.Empty);
        if (reader.Errors.Count > 0 || input is null)
        {
            return problems.Invalid(reader.Errors.Count > 0 ? reader.Errors : [new ValidationError("body", ValidationCodes.Required)]);
        }

        try
        {
            var result = await registry.AddTieAsync(id, input, cancellationToken);
            return result switch
            {
                null => problems.NotFound(),
                { IsValid: false } => problems.Invalid(result.Errors),
                _ => Results.Created($"/api/members/{memberId}", NetworkResponses.Tie(result.Value!)),
            };
        }
        catch (AlreadyExistsException)
        {
            return problems.AlreadyExists();
        }
    }

    public static async Task<IResult> UpdateDates(
        string memberId, string otherId, string type, TieDatesRequest? request, HttpContext context, NetworkRegistry registry, ApiProblems problems, CancellationToken cancellationToken)
    {
        var reader = new RequestReader();
        var validFrom = MemberId.TryParse(memberId, out var from);
        var validOther = MemberId.TryParse(otherId, out var other);
        var tieType = reader.Enum<TieType>(type, "type");
        var since = reader.Date(request?.Since, "since");
        var lastContact = reader.Date(request?.LastContactOn, "lastContactOn");
        if (!validFrom || !validOther)
        {
            reader.Errors.Add(new(validFrom ? "otherId" : "memberId", ValidationCodes.InvalidFormat));
        }

        if (request?.LastContactOn is null)
        {
            reader.Errors.Add(new("lastContactOn", ValidationCodes.Required));
        }

        if (reader.Errors.Count > 0)
        {
            return problems.Invalid(reader.Errors);
        }

        var version = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(version))
        {
            return problems.VersionRequired();
        }

        try
        {
            var result = await registry.UpdateTieAsync(from, other, tieType!.Value, since, lastContact!.Value, version, cancellationToken);
            return result switch
            {
                null => problems.NotFound(),
                { IsValid: false } => problems.Invalid(result.Errors),
                _ => Results.Ok(NetworkResponses.Tie(result.Value!)),
            };
        }
        catch (VersionConflictException)
        {
            return problems.Stale();
        }
    }
}
