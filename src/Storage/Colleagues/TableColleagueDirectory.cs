using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Storage.Colleagues;

/// <summary>
/// The colleague directory in Table Storage, one partition per municipality. Reads are served from a copy of the
/// whole partition that is at most a minute old: a municipality has hundreds of colleagues at most, and every
/// referral action looks one up.
/// </summary>
public sealed class TableColleagueDirectory(AppTables tables, TimeProvider clock) : IColleagueDirectory
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ReferenceDataCache<IReadOnlyDictionary<ColleagueId, Colleague>> cache = new(clock, MaxAge);

    public async Task<Colleague?> GetAsync(string municipality, ColleagueId id, CancellationToken cancellationToken) =>
        (await LoadAsync(municipality, cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyList<Colleague>> ListAsync(string municipality, CancellationToken cancellationToken) =>
        (await LoadAsync(municipality, cancellationToken)).Values.OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();

    public async Task SaveAsync(string municipality, Colleague colleague, CancellationToken cancellationToken)
    {
        if (!ColleagueId.TryParse(colleague.Id.Value, out _))
        {
            throw new ArgumentException("Not a colleague id.", nameof(colleague));
        }

        await tables.Colleagues.UpsertEntityAsync(ColleagueRows.ToRow(municipality, colleague), TableUpdateMode.Replace, cancellationToken);
        cache.Drop(municipality);
    }

    private Task<IReadOnlyDictionary<ColleagueId, Colleague>> LoadAsync(string municipality, CancellationToken cancellationToken) =>
        cache.GetAsync(
            municipality,
            async ct =>
            {
                var all = new Dictionary<ColleagueId, Colleague>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality}");
                await foreach (var row in tables.Colleagues.QueryAsync<TableEntity>(filter, cancellationToken: ct))
                {
                    var colleague = ColleagueRows.FromRow(row);
                    all[colleague.Id] = colleague;
                }

                return all;
            },
            cancellationToken);

    /// <summary>Drops this instance's copy (after an erasure changed the rows underneath).</summary>
    internal void Forget(string municipality) => cache.Drop(municipality);
}
