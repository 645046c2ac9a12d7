using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// Writes the demo municipality (Arnhem) and its planned network through the same use cases as the API, so the demo
/// data obeys every rule real data does, and a few meetings (<see cref="DemoMeetings"/>). Runs once: a municipality
/// that exists already is left alone, except that colleagues and meetings are added where there are none yet.
/// </summary>
public sealed class DemoDataSeeder(
    INetworkStore store,
    NetworkRegistry registry,
    IColleagueDirectory colleagues,
    IRoutingRuleStore routing,
    IMeetingStore meetings,
    IMeetingFeedbackStore feedback,
    IBookingStore bookings,
    TimeProvider clock,
    IBudgetStore? budgets = null)
{
    /// <summary>Each demo area's aanjaagbudget for the current year, held by its wijkmanager.</summary>
    public const decimal DemoAreaBudget = 25_000.00m;

    /// <summary>Seeds Arnhem if it is not there yet; returns the number of members written.</summary>
    public async Task<int> SeedOnceAsync(CancellationToken cancellationToken)
    {
        var facts = MunicipalityFacts.LoadArnhem();
        if (await store.GetMunicipalityAsync(facts.Municipality.Code, cancellationToken) is { } existing)
        {
            // Data from before colleagues (or meetings) existed gets them now; the network itself is left alone.
            await SeedColleaguesOnceAsync(existing, cancellationToken);
            await SeedMeetingsOnceAsync(existing, cancellationToken);
            await SeedResourcesOnceAsync(existing, cancellationToken);
            return 0;
        }

        var plan = new DemoNetworkGenerator(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Plan(facts);
        var written = await WriteAsync(plan, cancellationToken);
        await SeedMeetingsOnceAsync(plan.Municipality, cancellationToken);
        return written;
    }

    /// <summary>The demo meetings, unless the municipality has meetings; returns the number written.</summary>
    internal Task<int> SeedMeetingsOnceAsync(Municipality municipality, CancellationToken cancellationToken) =>
        new DemoMeetings(meetings, feedback, colleagues, store, clock).SeedOnceAsync(municipality, cancellationToken);

    internal async Task<int> WriteAsync(DemoNetworkPlan plan, CancellationToken cancellationToken)
    {
        // The municipality marks the demo as seeded. A crash half-way leaves a partial demo network; delete the
        // local Azurite data (.azurite/) to seed afresh. Demo data only: real data never comes this way.
        await store.SaveMunicipalityAsync(plan.Municipality, cancellationToken);
        await SeedColleaguesOnceAsync(plan.Municipality, cancellationToken);
        await SeedResourcesOnceAsync(plan.Municipality, cancellationToken);
        var ids = new List<MemberId>(plan.Members.Count);
        foreach (var planned in plan.Members)
        {
            var ties = planned.Ties.Select(t => new TieInput(ids[t.Other].ToString(), t.Type, t.Since, t.LastContactOn)).ToList();
            var result = await registry.CreateMemberAsync(planned.Draft, ties, cancellationToken);
            if (!result.IsValid)
            {
                throw new InvalidOperationException(
                    $"Demo member '{planned.Draft.Name}' was refused: {string.Join("; ", result.Errors.Select(e => $"{e.Field} {e.Code}"))}");
            }

            ids.Add(result.Value!.Member.Id);
        }

        return ids.Count;
    }

    /// <summary>The shared resources (the Pipowagen, a party tent, a sound set), unless the municipality has resources already.</summary>
    private async Task SeedResourcesOnceAsync(Municipality municipality, CancellationToken cancellationToken)
    {
        if ((await bookings.ListResourcesAsync(municipality.Code, cancellationToken)).Count > 0)
        {
            return;
        }

        foreach (var resource in DemoResources.For(municipality))
        {
            await bookings.SaveResourceAsync(resource, cancellationToken);
        }
    }

    /// <summary>The demo colleagues and routing rules, unless the municipality has colleagues already.</summary>
    private async Task SeedColleaguesOnceAsync(Municipality municipality, CancellationToken cancellationToken)
    {
        if ((await colleagues.ListAsync(municipality.Code, cancellationToken)).Count > 0)
        {
            return;
        }

        foreach (var rule in DemoColleagues.Rules(municipality))
        {
            await routing.SaveAsync(municipality.Code, rule, cancellationToken);
        }

        if (budgets is not null)
        {
            var year = clock.GetUtcNow().Year;
            foreach (var area in municipality.Areas)
            {
                await budgets.SaveAsync(new AreaBudget(area.Id, year, DemoAreaBudget, 0m, 0m, DemoColleagues.ManagerOf(municipality, area)), cancellationToken);
            }
        }

        // Colleagues last: their presence marks this step as done.
        foreach (var colleague in DemoColleagues.For(municipality))
        {
            await colleagues.SaveAsync(municipality.Code, colleague, cancellationToken);
        }
    }
}
