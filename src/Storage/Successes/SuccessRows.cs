using System.Globalization;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Successes;

namespace Wijkverbinder.Storage.Successes;

/// <summary>
/// Table "successes": partition = area ("GM0202.W1"), row = "{inverted ticks}|{id}", so a range query reads the newest
/// first and a month is one key range.
/// </summary>
internal static class SuccessRows
{
    /// <summary>'}' sorts right after '|', so "{ticks}}" bounds every row of that moment.</summary>
    private const char AfterSeparator = '}';

    public static string Inverted(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The first row key of successes marked before <paramref name="at"/> (newer ones sort before it).</summary>
    public static string Before(DateTimeOffset at) => Inverted(at) + AfterSeparator;

    public static TableEntity ToRow(Success success) =>
        new(success.Area.ToString(), $"{Inverted(success.MarkedAt)}|{success.Id}")
        {
            ["Id"] = success.Id,
            ["Initiative"] = success.Initiative.ToString(),
            ["InitiativeName"] = success.InitiativeName,
            ["Story"] = success.Story,
            ["Video"] = success.Video?.AbsoluteUri,
            ["MarkedBy"] = success.MarkedBy.Value,
            ["MarkedAt"] = success.MarkedAt,
        };

    public static Success FromRow(TableEntity row) => new(
        row.GetString("Id"),
        MemberId.TryParse(row.GetString("Initiative"), out var initiative) ? initiative : throw new FormatException("A success without a valid initiative."),
        row.GetString("InitiativeName"),
        row.GetString("Story"),
        row.GetString("Video") is { } video ? new Uri(video) : null,
        new ColleagueId(row.GetString("MarkedBy")),
        row.GetDateTimeOffset("MarkedAt") ?? DateTimeOffset.MinValue);
}
