using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Rebuilds snapshots: reads an area's network once, the municipality's referrals of the pipeline window, its meetings
/// (with the answers on the held ones) and the colleagues' names, builds the area's snapshot and its districts', and saves them.
/// </summary>
public sealed class DashboardRefresher(
    INetworkStore network,
    IReferralStore referrals,
    IMeetingStore meetings,
    IMeetingFeedbackStore feedback,
    IColleagueDirectory colleagues,
    IDashboardStore dashboards,
    TimeProvider clock)
{
    /// <summary>Rebuilds one area and its districts; returns the number of snapshots saved.</summary>
    public async Task<int> RefreshAreaAsync(Municipality municipality, Area area, CancellationToken cancellationToken)
    {
        var inputs = await ReadInputsAsync(municipality.Code, cancellationToken);
        return await RefreshAsync(municipality, area, inputs, cancellationToken);
    }

    /// <summary>Rebuilds the given areas (unknown ones are skipped) with one read of referrals and colleagues.</summary>
    public async Task<int> RefreshAreasAsync(Municipality municipality, IEnumerable<AreaId> areas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var known = areas.Distinct().Select(municipality.FindArea).OfType<Area>().ToList();
        if (known.Count == 0)
        {
            return 0;
        }

        var inputs = await ReadInputsAsync(municipality.Code, cancellationToken);
        var saved = 0;
        foreach (var area in known)
        {
            saved += await RefreshAsync(municipality, area, inputs, cancellationToken);
        }

        return saved;
    }

    /// <summary>Rebuilds every area of the municipality and its districts; returns the number of snapshots saved.</summary>
    public async Task<int> RefreshAllAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(municipalityCode, cancellationToken);
        return municipality is null ? 0 : await RefreshAreasAsync(municipality, municipality.Areas.Select(a => a.Id), cancellationToken);
    }

    private async Task<int> RefreshAsync(Municipality municipality, Area area, Inputs inputs, CancellationToken cancellationToken)
    {
        var view = await network.GetAreaNetworkAsync(area.Id, cancellationToken);
        var builder = new DashboardBuilder(clock);
        var snapshots = builder.BuildArea(municipality, area, view, inputs.Referrals, inputs.Names, inputs.Meetings);
        foreach (var snapshot in snapshots)
        {
            await dashboards.SaveAsync(DashboardScope.Parse(snapshot.Scope), snapshot, cancellationToken);
        }

        return snapshots.Count;
    }

    private async Task<Inputs> ReadInputsAsync(string municipality, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddMonths(-DashboardBuilder.PipelineWindowMonths);
        var history = await referrals.ListWithHistorySinceAsync(municipality, since, cancellationToken);
        var names = (await colleagues.ListAsync(municipality, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return new Inputs(history, names, await ReadMeetingsAsync(municipality, cancellationToken));
    }

    /// <summary>The meetings of the look-back window, and the answers on the held ones of the pipeline window (one read per meeting).</summary>
    private async Task<MeetingInputs> ReadMeetingsAsync(string municipality, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var list = await meetings.ListSinceAsync(municipality, now.AddMonths(-MeetingInputs.LookBackMonths), cancellationToken);
        var answers = new Dictionary<MeetingId, IReadOnlyList<FeedbackSubmission>>();
        var since = now.AddMonths(-DashboardBuilder.PipelineWindowMonths);
        foreach (var meeting in list.Where(m => m.Status == MeetingStatus.Held && m.Start >= since))
        {
            answers[meeting.Id] = await feedback.ListAsync(meeting.Id, cancellationToken);
        }

        return new MeetingInputs(list, answers);
    }

    private sealed record Inputs(IReadOnlyList<ReferralRecord> Referrals, IReadOnlyDictionary<ColleagueId, string> Names, MeetingInputs Meetings);
}
