using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;

namespace Wijkverbinder.Storage.Programme;

/// <summary>
/// Keys of table "programme": one partition per municipality (so the relay reads every area's outbox in one query),
/// rows "goals|{area}|{theme}", "outbox|{area}|{change}" and "card|{area}".
/// </summary>
internal static class ProgrammeKeys
{
    public const string Outboxes = "outbox|";
    public const string AfterOutboxes = "outbox}";

    public static string Goals(AreaId area, string theme) => $"goals|{area.Key}|{theme}";

    public static string GoalsOf(AreaId area) => $"goals|{area.Key}|";

    public static string AfterGoalsOf(AreaId area) => $"goals|{area.Key}}}";

    public static string Outbox(ProgrammeChange change) => $"outbox|{change.Area.Key}|{change.Id}";

    public static string Card(AreaId area) => $"card|{area.Key}";
}
