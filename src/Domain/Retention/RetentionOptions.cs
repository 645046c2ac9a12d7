namespace Wijkverbinder.Domain.Retention;

/// <summary>
/// Section "Retention": how many days each record type is kept after it stopped being needed (docs/audit.md says why
/// these defaults). Zero or less keeps the records of that type forever.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A referral, with its history and index rows, this many days after it was closed (completed or declined).</summary>
    public int ClosedReferralsDays { get; set; } = 730;

    /// <summary>
    /// A meeting (report, attendance, agreed actions, history) with its feedback, this many days after it started: a
    /// municipal record like a referral, so the same default.
    /// </summary>
    public int MeetingsDays { get; set; } = 730;

    /// <summary>An audit day, this many days after it ended; removed as a whole day.</summary>
    public int AuditDays { get; set; } = 365;

    /// <summary>A delivery record (mail or card sent or skipped), this many days after it was last updated.</summary>
    public int DeliveriesDays { get; set; } = 90;

    /// <summary>The conversation address of someone who uninstalled or blocked the bot, this many days after that.</summary>
    public int ConversationReferencesOfLeaversDays { get; set; } = 30;

    /// <summary>
    /// A booking of a shared resource (with its day and outbox rows), this many days after its last day: long enough to
    /// settle damage or a complaint about the use, and the next year's planning can look back at it.
    /// </summary>
    public int BookingsDays { get; set; } = 365;

    /// <summary>A declined or cancelled booking, this many days after that decision: it holds no days, only who asked.</summary>
    public int DeclinedBookingsDays { get; set; } = 90;

    /// <summary>
    /// A success (public story of an initiative), this many days after it was marked: five years covers a council term
    /// and the year of its accountability (docs/privacy.md).
    /// </summary>
    public int SuccessesDays { get; set; } = 1825;

    /// <summary>
    /// The wijkprogramma rows (card link, goals, pending changes) of an area that no longer exists, this many days after
    /// they were last written: a short grace for an area that is split or renamed back.
    /// </summary>
    public int ProgrammeOfRemovedAreasDays { get; set; } = 30;

    /// <summary>The moment before which a record of <paramref name="days"/> retention has expired, or null when kept forever.</summary>
    public static DateTimeOffset? CutOff(DateTimeOffset now, int days) => days > 0 ? now.AddDays(-days) : null;
}
