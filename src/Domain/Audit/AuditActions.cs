namespace Wijkverbinder.Domain.Audit;

/// <summary>The actions the app's own jobs record (the API and card actions name their route or verb).</summary>
public static class AuditActions
{
    /// <summary>The daily integrity check of a day: object "auditDay" with the day, Count = that day's last sequence number.</summary>
    public const string Verify = "audit.verify";

    /// <summary>Retention removed expired records: object = the record type, Count = how many.</summary>
    public const string RetentionDelete = "retention.delete";

    public const string AuditDayObject = "auditDay";
}
