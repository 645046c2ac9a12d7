using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Storage.Programme;

/// <summary>A theme's goals as one row, a goal per column (Goal0..Goal4), and a change as an outbox row.</summary>
internal static class ProgrammeRows
{
    public static TableEntity ToRow(ThemeGoals goals)
    {
        var row = new TableEntity(goals.Area.Municipality, ProgrammeKeys.Goals(goals.Area, goals.Theme))
        {
            ["Theme"] = goals.Theme,
            ["Count"] = goals.Goals.Count,
        };
        for (var i = 0; i < goals.Goals.Count; i++)
        {
            row[$"Goal{i}"] = goals.Goals[i];
        }

        return row;
    }

    public static ThemeGoals FromRow(AreaId area, TableEntity row)
    {
        var count = row.GetInt32("Count") ?? 0;
        var goals = Enumerable.Range(0, count).Select(i => row.GetString($"Goal{i}")).OfType<string>().ToList();
        return new ThemeGoals(area, row.GetString("Theme"), goals, row.ETag.ToString());
    }

    public static TableEntity ToRow(ProgrammeChange change, QueueTraceContext? trace) =>
        TraceColumns.With(
            new(change.Area.Municipality, ProgrammeKeys.Outbox(change))
            {
                ["Area"] = change.Area.Key,
                ["Change"] = change.Id,
                ["At"] = change.At,
            },
            trace);

    public static ProgrammeChange ChangeFromRow(TableEntity row) =>
        new(new AreaId(row.PartitionKey, row.GetString("Area")), row.GetString("Change"), row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);

    public static DateTimeOffset At(TableEntity row) => row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
}
