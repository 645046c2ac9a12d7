using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Network;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>The colleague directory: who may refer and receive, with their roles and districts.</summary>
internal static class ColleagueCommands
{
    private const int NameLength = 120;
    private const int MailLength = 254;

    public static async Task<IResult> List(string code, INetworkStore network, IColleagueDirectory colleagues, ApiProblems problems, CancellationToken cancellationToken) =>
        await network.GetMunicipalityAsync(code, cancellationToken) is null
            ? problems.NotFound()
            : Results.Ok((await colleagues.ListAsync(code, cancellationToken)).OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(ReferralResponses.Colleague));

    public static async Task<IResult> Get(string code, string id, IColleagueDirectory colleagues, ApiProblems problems, CancellationToken cancellationToken) =>
        ColleagueId.TryParse(id, out var colleagueId) && await colleagues.GetAsync(code, colleagueId, cancellationToken) is { } colleague
            ? Results.Ok(ReferralResponses.Colleague(colleague))
            : problems.NotFound();

    public static async Task<IResult> Save(
        string code,
        string id,
        ColleagueRequest? request,
        INetworkStore network,
        IColleagueDirectory colleagues,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(code, cancellationToken);
        if (municipality is null)
        {
            return problems.NotFound();
        }

        var (colleague, errors) = Read(municipality, id, request);
        if (colleague is null)
        {
            return problems.Invalid(errors);
        }

        await colleagues.SaveAsync(code, colleague, cancellationToken);
        return Results.Ok(ReferralResponses.Colleague(colleague));
    }

    /// <summary>Reads and checks a colleague as the administrator registers them; null with the reasons when refused.</summary>
    public static (Colleague? Colleague, List<ValidationError> Errors) Read(Municipality municipality, string id, ColleagueRequest? request)
    {
        var errors = new List<ValidationError>();
        if (!ColleagueId.TryParse(id, out var colleagueId))
        {
            errors.Add(new("id", ValidationCodes.InvalidFormat));
        }

        if (request is null)
        {
            return (null, [.. errors, new ValidationError("body", ValidationCodes.Required)]);
        }

        FreeText.Check("name", request.Name, NameLength, required: true, errors);
        Text(request.Mail, "mail", MailLength, errors);
        if (request.Mail is { } mail && !mail.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new("mail", ValidationCodes.InvalidFormat));
        }

        var reader = new RequestReader();
        var roles = (request.Roles ?? []).Select((r, i) => reader.Enum<AppRole>(r, $"roles[{i}]")).OfType<AppRole>().Distinct().ToList();
        var districts = reader.Codes(request.Districts, "districts");
        errors.AddRange(reader.Errors);
        for (var i = 0; i < districts.Count; i++)
        {
            if (municipality.FindDistrict(districts[i]) is null)
            {
                errors.Add(new($"districts[{i}]", ValidationCodes.UnknownDistrict, districts[i]));
            }
        }

        var teams = new List<ColleagueId>();
        for (var i = 0; i < (request.Teams?.Count ?? 0); i++)
        {
            if (ColleagueId.TryParse(request.Teams![i], out var team) && team.IsTeam)
            {
                teams.Add(team);
            }
            else
            {
                errors.Add(new($"teams[{i}]", ValidationCodes.InvalidFormat));
            }
        }

        if (request.Locale is not (null or "nl" or "en"))
        {
            errors.Add(new("locale", ValidationCodes.UnknownValue, request.Locale, "nl, en"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new Colleague
        {
            Id = colleagueId,
            Kind = colleagueId.IsTeam ? ColleagueKind.Team : ColleagueKind.Person,
            Name = request.Name!.Trim(),
            Mail = request.Mail!.Trim(),
            Roles = roles,
            Districts = districts,
            Teams = colleagueId.IsTeam ? [] : teams,
            ChannelConversationId = colleagueId.IsTeam ? request.ChannelConversationId : null,
            Locale = request.Locale ?? "nl",
        }, errors);
    }

    private static void Text(string? text, string field, int max, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(field, ValidationCodes.Required));
        }
        else if (text.Length > max)
        {
            errors.Add(new(field, ValidationCodes.TooLong, max));
        }
        else if (FreeText.HasControlCharacters(text))
        {
            errors.Add(new(field, ValidationCodes.ControlCharacters));
        }
    }
}
