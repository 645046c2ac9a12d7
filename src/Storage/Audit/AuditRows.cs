using System.Globalization;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.Storage.Audit;

/// <summary>
/// The audit table's rows: partition "{municipality}.{yyyy-MM-dd}" (one chain per municipality and day), row key the
/// sequence number counted down from <see cref="Top"/>, so the newest record comes first and reading the head of a
/// day is a one-row query.
/// </summary>
internal static class AuditRows
{
    public const long Top = 999_999_999_999;

    public static string Partition(string municipality, DateOnly day) =>
        $"{municipality}.{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static string RowKey(long sequence) => (Top - sequence).ToString("D12", CultureInfo.InvariantCulture);

    public static TableEntity ToRow(AuditRecord record) => new(Partition(record.Municipality, record.Day), RowKey(record.Sequence))
    {
        ["Sequence"] = record.Sequence,
        ["At"] = record.At,
        ["Action"] = record.Action,
        ["ObjectType"] = record.ObjectType,
        ["ObjectId"] = record.ObjectId,
        ["Result"] = record.Result.ToString(),
        ["Origin"] = record.Origin.ToString(),
        ["Actor"] = record.Actor,
        ["Count"] = record.Count,
        ["PreviousHash"] = record.PreviousHash,
        ["Hash"] = record.Hash,
        ["Version"] = record.Version,
        ["KeyId"] = record.KeyId,
    };

    /// <summary>
    /// Municipality and day come from the partition key, so a record copied into another day fails its hash. A value
    /// that no longer parses is kept as it reads, so the verifier reports the record as altered rather than failing.
    /// </summary>
    public static AuditRecord FromRow(TableEntity row, string municipality, DateOnly day) => new(
        municipality,
        day,
        row.GetInt64("Sequence") ?? 0,
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        row.GetString("Action") ?? string.Empty,
        row.GetString("ObjectType") ?? string.Empty,
        row.GetString("ObjectId"),
        Enum.TryParse<AuditResult>(row.GetString("Result"), out var result) ? result : (AuditResult)(-1),
        Enum.TryParse<AuditOrigin>(row.GetString("Origin"), out var origin) ? origin : (AuditOrigin)(-1),
        row.GetString("Actor"),
        row.GetInt64("Count"),
        row.GetString("PreviousHash") ?? string.Empty,
        row.GetString("Hash") ?? string.Empty,
        row.GetInt32("Version") ?? AuditChain.UnkeyedVersion, // rows from before the keys have no version
        row.GetString("KeyId"));
}
