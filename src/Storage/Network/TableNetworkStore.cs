using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage.Dashboard;

namespace Wijkverbinder.Storage.Network;

/// <summary>
/// The network in Azure Table Storage. One partition per area holds its members and ties, so a district or area is
/// read with one partition query and every change to a member and its ties is one entity-group transaction.
/// docs/storage.md explains the design.
/// </summary>
public sealed class TableNetworkStore(AppTables tables, TimeProvider clock, DashboardSignal? dashboards = null) : INetworkStore
{
    /// <summary>Reference data changes rarely; a short cache spares one request on every district read.</summary>
    private static readonly TimeSpan MunicipalityCacheTime = TimeSpan.FromMinutes(1);

    /// <summary>Azure Tables allows at most 15 comparisons in one filter; one is the partition.</summary>
    private const int KeysPerFilter = 14;

    /// <summary>Azure Tables allows at most 100 operations in one entity-group transaction.</summary>
    private const int OperationsPerTransaction = 100;

    private readonly ConcurrentDictionary<string, (Municipality Value, DateTimeOffset Until)> municipalities = new();

    public async Task<IReadOnlyList<MunicipalitySummary>> ListMunicipalitiesAsync(CancellationToken cancellationToken)
    {
        // The municipalities table is tiny (one row of this kind per gemeente), so this cross-partition filter is cheap.
        var filter = TableClient.CreateQueryFilter($"RowKey eq {MunicipalityRows.MunicipalityKey}");
        var list = new List<MunicipalitySummary>();
        await foreach (var row in tables.Municipalities.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(new MunicipalitySummary(row.PartitionKey, row.GetString("Name")));
        }

        return list;
    }

    public async Task<Municipality?> GetMunicipalityAsync(string code, CancellationToken cancellationToken)
    {
        if (municipalities.TryGetValue(code, out var cached) && cached.Until > clock.GetUtcNow())
        {
            return cached.Value;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {code}");
        var rows = await ReadAllAsync(tables.Municipalities, filter, cancellationToken);
        var municipality = MunicipalityRows.FromRows(code, rows);
        if (municipality is not null)
        {
            municipalities[code] = (municipality, clock.GetUtcNow() + MunicipalityCacheTime);
        }

        return municipality;
    }

    public async Task SaveMunicipalityAsync(Municipality municipality, CancellationToken cancellationToken)
    {
        var actions = MunicipalityRows.ToRows(municipality)
            .Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
        foreach (var chunk in actions.Chunk(OperationsPerTransaction))
        {
            await tables.Municipalities.SubmitTransactionAsync(chunk, cancellationToken);
        }

        municipalities.TryRemove(municipality.Code, out _);
    }

    public async Task<NetworkView> GetDistrictNetworkAsync(District district, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RowKeys.Partition(district.Area)}")
            + $" and {RowKeys.DistrictFlag(district.Code)} eq true";
        return ToView(await ReadAllAsync(tables.Network, filter, cancellationToken));
    }

    public async Task<NetworkView> GetAreaNetworkAsync(AreaId area, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RowKeys.Partition(area)}");
        return ToView(await ReadAllAsync(tables.Network, filter, cancellationToken));
    }

    public async Task<IReadOnlyList<Member>> FindMembersByNameAsync(AreaId area, string namePrefix, int maxResults, CancellationToken cancellationToken)
    {
        // Every value from the caller goes through the SDK's filter builder, which quotes and escapes it.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {RowKeys.Partition(area)} and Type eq {RowKeys.MemberType} and Name ge {namePrefix} and Name lt {namePrefix + char.MaxValue}");
        var found = new List<Member>();
        await foreach (var row in tables.Network.QueryAsync<TableEntity>(filter, maxPerPage: maxResults, cancellationToken: cancellationToken))
        {
            found.Add(MemberRows.FromRow(row));
            if (found.Count == maxResults)
            {
                break;
            }
        }

        return found;
    }

    public async Task<MemberWithTies?> GetMemberAsync(MemberId id, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {RowKeys.Partition(id.Area)} and RowKey ge {RowKeys.Member(id)} and RowKey lt {RowKeys.AfterMember(id)}");
        var rows = await ReadAllAsync(tables.Network, filter, cancellationToken);
        var memberRow = rows.FirstOrDefault(r => r.RowKey == RowKeys.Member(id));
        if (memberRow is null)
        {
            return null;
        }

        return new MemberWithTies(MemberRows.FromRow(memberRow), rows.Where(TieRows.IsTie).Select(TieRows.FromRow).ToList());
    }

    public async Task<IReadOnlyDictionary<MemberId, Member>> GetMembersAsync(AreaId area, IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<MemberId, Member>();
        foreach (var chunk in ids.Where(i => i.Area == area).Distinct().Chunk(KeysPerFilter))
        {
            var keys = string.Join(" or ", chunk.Select(id => TableClient.CreateQueryFilter($"RowKey eq {RowKeys.Member(id)}")));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RowKeys.Partition(area)}") + $" and ({keys})";
            foreach (var row in await ReadAllAsync(tables.Network, filter, cancellationToken))
            {
                var member = MemberRows.FromRow(row);
                found[member.Id] = member;
            }
        }

        return found;
    }

    public async Task<MemberWithTies> CreateMemberAsync(Member member, IReadOnlyList<Tie> ties, IReadOnlyDictionary<MemberId, Member> counterparts, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, MemberRows.ToRow(member)) };
        foreach (var tie in ties)
        {
            actions.Add(new(TableTransactionActionType.Add, TieRows.ToRow(tie, member)));
            actions.Add(new(TableTransactionActionType.Add, TieRows.ToRow(tie, counterparts[tie.Other(member.Id)])));
        }

        var responses = await SubmitAsync(actions, cancellationToken);
        dashboards?.AreaChanged(member.Id.Area);
        return new MemberWithTies(
            member with { Version = responses[0].Headers.ETag?.ToString() },
            ties.Select((tie, i) => tie with { Version = responses[1 + (2 * i)].Headers.ETag?.ToString() }).ToList());
    }

    public async Task<Member> UpdateMemberAsync(Member member, IReadOnlyList<Tie> ties, CancellationToken cancellationToken)
    {
        var memberRow = MemberRows.ToRow(member);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, memberRow, MemberRows.VersionOf(member)) };

        // Rewrite the district flags of the member's own tie rows on every update (every district of the area: true
        // where the member works, false elsewhere), which also mends any flag left stale.
        var areaDistricts = ties.Count == 0 ? [] : await GetAreaDistrictsAsync(member.Id.Area, cancellationToken);
        actions.AddRange(ties.Select(tie => new TableTransactionAction(
            TableTransactionActionType.UpdateMerge, TieRows.FlagsOnly(tie, member.Id, member.Districts, areaDistricts), ETag.All)));

        // The member row and up to 99 ties change atomically; the rest follow as idempotent merges.
        var first = await SubmitAsync(actions.Take(OperationsPerTransaction).ToList(), cancellationToken);
        foreach (var chunk in actions.Skip(OperationsPerTransaction).Chunk(OperationsPerTransaction))
        {
            await SubmitAsync(chunk, cancellationToken);
        }

        dashboards?.AreaChanged(member.Id.Area);
        return member with { Version = first[0].Headers.ETag?.ToString() };
    }

    public async Task<Tie> AddTieAsync(Tie tie, Member counterpart, Member owner, CancellationToken cancellationToken)
    {
        var responses = await SubmitAsync(
            [
                new(TableTransactionActionType.Add, TieRows.ToRow(tie, owner)),
                new(TableTransactionActionType.Add, TieRows.ToRow(tie, counterpart)),
            ],
            cancellationToken);
        dashboards?.AreaChanged(tie.From.Area);
        return tie with { Version = responses[0].Headers.ETag?.ToString() };
    }

    public async Task<Tie> UpdateTieAsync(Tie tie, MemberId reader, CancellationToken cancellationToken)
    {
        var version = tie.Version is null ? throw new ArgumentException("An update needs the version that was read.", nameof(tie)) : new ETag(tie.Version);
        var responses = await SubmitAsync(
            [
                new(TableTransactionActionType.UpdateMerge, TieRows.DatesOnly(tie, reader), version),
                new(TableTransactionActionType.UpdateMerge, TieRows.DatesOnly(tie, tie.Other(reader)), ETag.All),
            ],
            cancellationToken);
        dashboards?.AreaChanged(tie.From.Area);
        return tie with { Version = responses[0].Headers.ETag?.ToString() };
    }

    private async Task<IReadOnlyList<string>> GetAreaDistrictsAsync(AreaId area, CancellationToken cancellationToken)
    {
        var municipality = await GetMunicipalityAsync(area.Municipality, cancellationToken);
        return municipality?.FindArea(area)?.DistrictCodes ?? [];
    }

    private async Task<IReadOnlyList<Response>> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            var response = await tables.Network.SubmitTransactionAsync(actions, cancellationToken);
            return response.Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            throw new VersionConflictException("The record changed or disappeared after it was read.", e);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            throw new AlreadyExistsException("The record exists already.", e);
        }
    }

    private static NetworkView ToView(IReadOnlyList<TableEntity> rows)
    {
        var members = new List<Member>();
        var ties = new Dictionary<(MemberId, MemberId, Domain.Network.TieType), Tie>();
        foreach (var row in rows)
        {
            if (TieRows.IsTie(row))
            {
                // Both rows of a tie come back when both members are in view; keep one.
                var tie = TieRows.FromRow(row);
                ties.TryAdd((tie.From, tie.To, tie.Type), tie);
            }
            else
            {
                members.Add(MemberRows.FromRow(row));
            }
        }

        return new NetworkView(members, ties.Values.ToList());
    }

    private static async Task<IReadOnlyList<TableEntity>> ReadAllAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
