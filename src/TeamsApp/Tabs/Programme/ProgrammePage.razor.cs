using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Programme;

/// <summary>Reads the chosen area's programme and podium for the signed-in user; everything is read again after a save.</summary>
public sealed partial class ProgrammePage
{
    private enum PageState { Loading, NotFound, Shown }

    private PageState state;
    private IReadOnlyList<Area> areas = [];
    private Municipality? municipality;
    private AreaProgramme? programme;
    private IReadOnlyList<Success> successes = [];
    private bool mayEdit;

    [Inject]
    public required ProgrammeTabQueries Queries { get; set; }

    [Inject]
    public required ProgrammeService Programmes { get; set; }

    [Inject]
    public required ISuccessStore SuccessStore { get; set; }

    [Inject]
    public required NavigationManager Navigation { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    private IReadOnlyList<ProgrammeInitiative> AllInitiatives =>
        programme is null ? [] : [.. programme.Themes.SelectMany(t => t.Initiatives).DistinctBy(i => i.Id).OrderBy(i => i.Name, StringComparer.CurrentCulture)];

    protected override async Task OnParametersSetAsync()
    {
        if (!User.HasAny(TabRoles.Programme))
        {
            return;
        }

        areas = await Queries.AreasAsync(User, CancellationToken.None);
        Area ??= areas.FirstOrDefault()?.Id.ToString();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        programme = null;
        if (!AreaId.TryParse(Area, out var id) || await Queries.FindAsync(User, id, CancellationToken.None) is not var (found, area))
        {
            state = PageState.NotFound;
            await PageAudit.RecordAsync(User, ProgrammeAuditActions.Show, ProgrammeAuditActions.ProgrammeObject, AreaId.TryParse(Area, out var asked) ? asked.ToString() : null, AuditResult.Failed);
            return;
        }

        municipality = found;
        programme = await Programmes.GetAsync(found, area, CancellationToken.None);
        successes = await SuccessStore.ListAsync(area.Id, SuccessLimits.Podium, CancellationToken.None);
        mayEdit = ProgrammeTabQueries.MayEdit(User, area);
        state = PageState.Shown;

        // The initiatives' contact persons (with their opt-in) and the podium's stories are personal data.
        await PageAudit.RecordAsync(User, ProgrammeAuditActions.Show, ProgrammeAuditActions.ProgrammeObject, area.Id.ToString(), AuditResult.Allowed);
    }

    private Task ChooseAsync(string? area)
    {
        // The address keeps the choice, so a shared link or a reload shows the same area.
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("area", area));
        return Task.CompletedTask;
    }

    private static string ContactLine(ContactPerson contact) =>
        string.Join(", ", new[] { contact.Name, contact.Email, contact.Phone }.Where(v => !string.IsNullOrWhiteSpace(v)));
}
