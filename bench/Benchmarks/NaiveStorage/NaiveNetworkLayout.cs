using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage;

namespace Wijkverbinder.Benchmarks.NaiveStorage;

/// <summary>
/// The layout a team might write first, for comparison only: one table per entity type (per measured municipality
/// here, so sizes do not add up), the municipality as partition and the entity's id as row key, and queries that
/// filter on columns (district, area, tie ends) without naming a partition. Ties are one row each, looked up by
/// FromId/ToId in filters of at most 15 comparisons (the service's limit); writes go one row at a time.
/// </summary>
internal sealed class NaiveNetworkLayout
{
    private const int ComparisonsPerFilter = 15;
    private readonly TableClient municipalities;
    private readonly TableClient areas;
    private readonly TableClient districts;
    private readonly TableClient themes;
    private readonly TableClient members;
    private readonly TableClient ties;

    public NaiveNetworkLayout(TableServiceClient service, int number)
    {
        municipalities = service.GetTableClient($"naive{number}municipalities");
        areas = service.GetTableClient($"naive{number}areas");
        districts = service.GetTableClient($"naive{number}districts");
        themes = service.GetTableClient($"naive{number}themes");
        members = service.GetTableClient($"naive{number}members");
        ties = service.GetTableClient($"naive{number}ties");
    }

    public static TableServiceClient ServiceClient(string connectionString, StorageRequestCounter counter)
    {
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        return new TableServiceClient(connectionString, options);
    }

    public async Task EnsureCreatedAsync()
    {
        foreach (var table in new[] { municipalities, areas, districts, themes, members, ties })
        {
            await table.CreateIfNotExistsAsync();
        }
    }

    /// <summary>Writes the same municipality, members and ties (in transactions of 100: seeding is not measured).</summary>
    public async Task SeedAsync(SyntheticMunicipality town)
    {
        var m = town.Municipality;
        var rows = new List<(TableClient Table, TableEntity Row)> { (municipalities, new TableEntity(m.Code, m.Code) { ["Name"] = m.Name }) };
        rows.AddRange(m.Areas.Select(a => (areas, new TableEntity(m.Code, a.Id.ToString()) { ["Municipality"] = m.Code, ["Name"] = a.Name })));
        rows.AddRange(m.Districts.Select(d => (districts, new TableEntity(m.Code, d.Code) { ["Municipality"] = m.Code, ["Name"] = d.Name, ["Area"] = d.Area.ToString() })));
        rows.AddRange(m.Themes.Select(t => (themes, new TableEntity(m.Code, t.Id) { ["Municipality"] = m.Code, ["Name"] = t.Name })));
        rows.AddRange(town.Members.Select(member => (members, MemberRow(member))));
        rows.AddRange(town.Ties.Select(tie => (ties, TieRow(tie))));
        await Parallel.ForEachAsync(
            rows.GroupBy(r => r.Table).SelectMany(g => g.Chunk(100)),
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (chunk, cancellationToken) => await chunk[0].Table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.Row)), cancellationToken));
    }

    public async Task<int> GetMunicipalityAsync(string code)
    {
        var count = (await municipalities.GetEntityAsync<TableEntity>(code, code)).HasValue ? 1 : 0;
        foreach (var table in new[] { areas, districts, themes })
        {
            count += await CountAsync(table, TableClient.CreateQueryFilter($"Municipality eq {code}"));
        }

        return count;
    }

    /// <summary>The members working in the district, then every tie they take part in.</summary>
    public async Task<int> GetDistrictNetworkAsync(District district) =>
        await WithTiesAsync(await IdsAsync(TableClient.CreateQueryFilter($"District eq {district.Code}")));

    public async Task<int> GetAreaNetworkAsync(AreaId area) =>
        await WithTiesAsync(await IdsAsync(TableClient.CreateQueryFilter($"Area eq {area.ToString()}")));

    public async Task<int> GetMemberAsync(MemberId id)
    {
        _ = await members.GetEntityAsync<TableEntity>(id.Area.Municipality, id.ToString());
        return 1 + await CountAsync(ties, TableClient.CreateQueryFilter($"FromId eq {id.ToString()} or ToId eq {id.ToString()}"));
    }

    /// <summary>Checks that each tie target exists, then writes the member and each tie: 2 + 2n requests, not atomic.</summary>
    public async Task CreateMemberAsync(Member member, IReadOnlyList<MemberId> targets)
    {
        foreach (var target in targets)
        {
            _ = await members.GetEntityAsync<TableEntity>(target.Area.Municipality, target.ToString());
        }

        await members.AddEntityAsync(MemberRow(member));
        foreach (var target in targets)
        {
            await ties.AddEntityAsync(TieRow(new Tie { From = member.Id, To = target, Type = TieType.WorksWith, Since = member.JoinedOn, LastContactOn = member.JoinedOn }));
        }
    }

    public async Task UpdateMemberAsync(Member member)
    {
        var row = (await members.GetEntityAsync<TableEntity>(member.Id.Area.Municipality, member.Id.ToString())).Value;
        row["Name"] = member.Name;
        await members.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }

    /// <summary>Both ends must exist and the tie must not: two reads, a query, a write.</summary>
    public async Task AddTieAsync(Tie tie)
    {
        _ = await members.GetEntityAsync<TableEntity>(tie.From.Area.Municipality, tie.From.ToString());
        _ = await members.GetEntityAsync<TableEntity>(tie.To.Area.Municipality, tie.To.ToString());
        if (await CountAsync(ties, TieFilter(tie)) == 0)
        {
            await ties.AddEntityAsync(TieRow(tie));
        }
    }

    public async Task UpdateTieAsync(Tie tie)
    {
        await foreach (var row in ties.QueryAsync<TableEntity>(TieFilter(tie)))
        {
            row["LastContactOn"] = tie.LastContactOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await ties.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);
        }
    }

    public Task<int> FindMembersByNameAsync(AreaId area, string prefix) =>
        CountAsync(members, TableClient.CreateQueryFilter($"Area eq {area.ToString()} and Name ge {prefix} and Name lt {prefix + "~"}"));

    private static string TieFilter(Tie tie) =>
        TableClient.CreateQueryFilter($"FromId eq {tie.From.ToString()} and ToId eq {tie.To.ToString()} and TieType eq {tie.Type.ToString()}");

    private static TableEntity MemberRow(Member member) => new(member.Id.Area.Municipality, member.Id.ToString())
    {
        ["Kind"] = member.Kind.ToString(),
        ["Name"] = member.Name,
        ["District"] = member.Districts[0],
        ["Area"] = member.Id.Area.ToString(),
        ["Themes"] = string.Join(';', member.Themes),
    };

    private static TableEntity TieRow(Tie tie) => new(tie.From.Area.Municipality, Guid.NewGuid().ToString("N"))
    {
        ["FromId"] = tie.From.ToString(),
        ["ToId"] = tie.To.ToString(),
        ["TieType"] = tie.Type.ToString(),
        ["LastContactOn"] = tie.LastContactOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<List<string>> IdsAsync(string filter)
    {
        var ids = new List<string>();
        await foreach (var row in members.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
        {
            ids.Add(row.RowKey);
        }

        return ids;
    }

    private async Task<int> WithTiesAsync(List<string> ids)
    {
        var rows = ids.Count;
        foreach (var column in new[] { "FromId", "ToId" })
        {
            foreach (var chunk in ids.Chunk(ComparisonsPerFilter))
            {
                rows += await CountAsync(ties, string.Join(" or ", chunk.Select(id => column == "FromId" ? TableClient.CreateQueryFilter($"FromId eq {id}") : TableClient.CreateQueryFilter($"ToId eq {id}"))));
            }
        }

        return rows;
    }

    private static async Task<int> CountAsync(TableClient table, string filter)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter))
        {
            count++;
        }

        return count;
    }
}
