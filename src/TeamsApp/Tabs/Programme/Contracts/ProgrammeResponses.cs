using System.Globalization;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;

namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>The domain's programme and successes in the shape of the tab API.</summary>
public static class ProgrammeResponses
{
    public static ProgrammeResponse Of(AreaProgramme programme, IReadOnlyList<Success> successes, bool mayEdit)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new(
            programme.Area.Id.ToString(),
            programme.Area.Name,
            mayEdit,
            [.. programme.Themes.Select(t => new ProgrammeThemeResponse(
                t.Theme.Id,
                t.Theme.Name,
                t.Goals,
                t.GoalsVersion,
                [.. t.Initiatives.Select(Initiative)]))],
            [.. successes.Select(Success)]);
    }

    public static SuccessResponse Success(Success success)
    {
        ArgumentNullException.ThrowIfNull(success);
        return new(
            success.Id,
            success.Initiative.ToString(),
            success.InitiativeName,
            success.Story,
            success.Video?.AbsoluteUri,
            success.MarkedAt.ToString("O", CultureInfo.InvariantCulture));
    }

    private static ProgrammeInitiativeResponse Initiative(ProgrammeInitiative initiative) => new(
        initiative.Id.ToString(),
        initiative.Name,
        initiative.Description,
        initiative.Contact is { } c ? new ContactResponse(c.Name, c.Email, c.Phone) : null);
}
