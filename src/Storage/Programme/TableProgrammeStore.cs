using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Storage.Programme;

/// <summary>
/// The wijkprogramma in table "programme" (<see cref="ProgrammeKeys"/>). Saving goals writes the goals row (guarded by the
/// version read) and the change's outbox row (with the request's trace context) in one entity-group transaction, then
/// wakes the relay; <see cref="OutboxReader"/> reads and removes the outbox rows.
/// </summary>
public sealed class TableProgrammeStore(AppTables tables, OutboxSignal signal) : IProgrammeStore
{
    public async Task<IReadOnlyList<ThemeGoals>> GetGoalsAsync(AreaId area, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {area.Municipality} and RowKey ge {ProgrammeKeys.GoalsOf(area)} and RowKey lt {ProgrammeKeys.AfterGoalsOf(area)}");
        var goals = new List<ThemeGoals>();
        await foreach (var row in tables.Programme.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            goals.Add(ProgrammeRows.FromRow(area, row));
        }

        return goals;
    }

    public async Task<ThemeGoals> SaveGoalsAsync(ThemeGoals goals, ProgrammeChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(change);
        var row = ProgrammeRows.ToRow(goals);
        var write = goals.Version is null
            ? new TableTransactionAction(TableTransactionActionType.Add, row)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(goals.Version));
        Response<IReadOnlyList<Response>> responses;
        try
        {
            responses = await tables.Programme.SubmitTransactionAsync(
                [write, new TableTransactionAction(TableTransactionActionType.Add, ProgrammeRows.ToRow(change, QueueTraceContext.Current()))], cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409 or 404)
        {
            // 412: saved by someone else since it was read; 409: created by someone else; 404: the version names nothing.
            throw new VersionConflictException("The theme's goals changed after they were read.", e);
        }

        signal.Notify();
        return goals with { Version = responses.Value[0].Headers.ETag?.ToString() };
    }

    public async Task AddChangeAsync(ProgrammeChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await tables.Programme.AddEntityAsync(ProgrammeRows.ToRow(change, QueueTraceContext.Current()), cancellationToken);
        signal.Notify();
    }

    public async Task<ProgrammeCardLink?> GetCardLinkAsync(AreaId area, CancellationToken cancellationToken)
    {
        var response = await tables.Programme.GetEntityIfExistsAsync<TableEntity>(area.Municipality, ProgrammeKeys.Card(area), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } row
            ? new ProgrammeCardLink(row.GetString("ConversationId"), row.GetString("ActivityId"))
            : null;
    }

    public async Task SaveCardLinkAsync(AreaId area, ProgrammeCardLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var row = new TableEntity(area.Municipality, ProgrammeKeys.Card(area))
        {
            ["ConversationId"] = link.ConversationId,
            ["ActivityId"] = link.ActivityId,
        };
        await tables.Programme.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
