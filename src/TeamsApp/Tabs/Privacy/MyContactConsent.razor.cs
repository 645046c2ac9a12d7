using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Tabs.Privacy;

/// <summary>Gives or withdraws the signed-in colleague's opt-in on their own network entries (<see cref="ContactConsentService"/>).</summary>
public sealed partial class MyContactConsent
{
    private Municipality? municipality;
    private IReadOnlyList<Person>? mine;
    private IReadOnlyList<string> problems = [];
    private string? outcome;
    private bool busy;

    [Parameter, EditorRequired]
    public required Colleague Me { get; set; }

    [Parameter, EditorRequired]
    public required string MunicipalityCode { get; set; }

    [Inject]
    public required ContactConsentService Consent { get; set; }

    [Inject]
    public required INetworkStore Network { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    protected override async Task OnInitializedAsync()
    {
        municipality = await Network.GetMunicipalityAsync(MunicipalityCode, CancellationToken.None);
        mine = municipality is null ? [] : await Consent.ListMineAsync(municipality, Me.Mail, CancellationToken.None);
        await PageAudit.RecordAsync(MunicipalityCode, Me.Id, "consent.list", "member", null, AuditResult.Allowed);
    }

    private async Task SetAsync(Person person, bool show)
    {
        if (municipality is null)
        {
            return;
        }

        busy = true;
        try
        {
            var result = await Consent.SetAsync(municipality, Me.Mail, person.Id, show, CancellationToken.None);
            await PageAudit.RecordAsync(MunicipalityCode, Me.Id, show ? "consent.give" : "consent.withdraw", "member", person.Id.ToString(), PageAudit.Outcome(result));
            problems = result is { IsValid: false } ? [.. result.Errors.Select(Problems.Reason)] : [];
            outcome = result is { IsValid: true } ? P[show ? "Given" : "Withdrawn", person.Name].Value : null;
            mine = await Consent.ListMineAsync(municipality, Me.Mail, CancellationToken.None);
        }
        finally
        {
            busy = false;
        }
    }

    private string AreaName(Person person) => municipality?.FindArea(person.Id.Area)?.Name ?? person.Id.Area.ToString();
}
