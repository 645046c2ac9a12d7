using Azure.Data.Tables;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage.Budget;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// Maps a referral to its row (and to the index rows that copy it) and back. Enums are stored as names, dates as
/// "yyyy-MM-dd"; text columns hold the user's text as is (it is encoded where it is shown).
/// </summary>
internal static class ReferralRows
{
    public static TableEntity ToRow(Referral referral) => Columns(referral, ReferralKeys.Referral(referral.Id), ReferralKeys.ReferralKind);

    public static TableEntity ToIndexRow(Referral referral, ColleagueId colleague) =>
        Columns(referral, ReferralKeys.Index(colleague, referral.Id), ReferralKeys.IndexKind);

    /// <summary>Everyone whose list shows the referral: the referrer, the team they act for and the receiver.</summary>
    public static IReadOnlySet<ColleagueId> Involved(Referral referral)
    {
        var involved = new HashSet<ColleagueId> { referral.Referrer, referral.Receiver };
        if (referral.ReferrerTeam is { } team)
        {
            involved.Add(team);
        }

        return involved;
    }

    /// <summary>The referral in a referral row or an index row; only a referral row's ETag is its version.</summary>
    public static Referral FromRow(TableEntity row) => new()
    {
        Id = new ReferralId(row.PartitionKey, row.GetString("Local")),
        Subject = Enum.Parse<SubjectKind>(row.GetString("Subject")),
        Initiative = MemberId.TryParse(row.GetString("Initiative"), out var initiative) ? initiative : null,
        Summary = row.GetString("Summary"),
        Details = row.GetString("Details"),
        District = row.GetString("District"),
        Theme = row.GetString("Theme"),
        Urgency = Enum.Parse<Urgency>(row.GetString("Urgency")),
        Referrer = new ColleagueId(row.GetString("Referrer")),
        ReferrerTeam = OptionalColleague(row.GetString("ReferrerTeam")),
        Receiver = new ColleagueId(row.GetString("Receiver")),
        DueDate = StoredDate.Read(row.GetString("DueDate")),
        Status = Enum.Parse<ReferralStatus>(row.GetString("Status")),
        ContainsPersonalData = row.GetBoolean("ContainsPersonalData") ?? false,
        Consent = row.GetString("ConsentGivenTo") is { } givenTo
            ? new ResidentConsent(givenTo, StoredDate.Read(row.GetString("ConsentGivenOn")), new ColleagueId(row.GetString("ConsentForReceiver")))
            : null,
        StatusBeforeQuestion = row.GetString("StatusBeforeQuestion") is { } before ? Enum.Parse<ReferralStatus>(before) : null,
        OpenQuestion = row.GetString("OpenQuestion"),
        DeclineReason = row.GetString("DeclineReason"),
        Outcome = row.GetString("Outcome"),
        Budget = BudgetColumns.ReadBudget(row),
        BoardAccess = BudgetColumns.ReadBoardAccess(row),
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        RemindedFor = OptionalDate(row.GetString("RemindedFor")),
        EscalatedFor = OptionalDate(row.GetString("EscalatedFor")),
        LastSequence = row.GetInt32("LastSequence") ?? 0,
        Version = row.GetString("Kind") == ReferralKeys.ReferralKind ? row.ETag.ToString() : null,
    };

    public static TableEntity ToEventRow(ReferralId id, ReferralEvent @event) => new(ReferralKeys.Partition(id), ReferralKeys.Event(id, @event.Sequence))
    {
        ["Kind"] = ReferralKeys.EventKind,
        ["Sequence"] = @event.Sequence,
        ["Event"] = @event.Kind.ToString(),
        ["Actor"] = @event.Actor?.Value,
        ["At"] = @event.At,
        ["StatusAfter"] = @event.StatusAfter.ToString(),
        ["Text"] = @event.Text,
        ["Receiver"] = @event.Receiver?.Value,
    };

    public static ReferralEvent FromEventRow(TableEntity row) => new()
    {
        Sequence = row.GetInt32("Sequence") ?? 0,
        Kind = Enum.Parse<ReferralEventKind>(row.GetString("Event")),
        Actor = OptionalColleague(row.GetString("Actor")),
        At = row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        StatusAfter = Enum.Parse<ReferralStatus>(row.GetString("StatusAfter")),
        Text = row.GetString("Text"),
        Receiver = OptionalColleague(row.GetString("Receiver")),
    };

    private static TableEntity Columns(Referral referral, string rowKey, string kind)
    {
        var row = Fields(referral, rowKey, kind);
        BudgetColumns.Write(row, referral.Budget, referral.BoardAccess);
        return row;
    }

    private static TableEntity Fields(Referral referral, string rowKey, string kind) => new(ReferralKeys.Partition(referral.Id), rowKey)
    {
        ["Kind"] = kind,
        ["Local"] = referral.Id.Local,
        ["Subject"] = referral.Subject.ToString(),
        ["Initiative"] = referral.Initiative?.ToString(),
        ["Summary"] = referral.Summary,
        ["Details"] = referral.Details,
        ["District"] = referral.District,
        ["Theme"] = referral.Theme,
        ["Urgency"] = referral.Urgency.ToString(),
        ["Referrer"] = referral.Referrer.Value,
        ["ReferrerTeam"] = referral.ReferrerTeam?.Value,
        ["Receiver"] = referral.Receiver.Value,
        ["DueDate"] = StoredDate.Write(referral.DueDate),
        ["Status"] = referral.Status.ToString(),
        ["Open"] = referral.IsOpen,
        ["ContainsPersonalData"] = referral.ContainsPersonalData,
        ["ConsentGivenTo"] = referral.Consent?.GivenTo,
        ["ConsentGivenOn"] = referral.Consent is { } consent ? StoredDate.Write(consent.GivenOn) : null,
        ["ConsentForReceiver"] = referral.Consent?.ForReceiver.Value,
        ["StatusBeforeQuestion"] = referral.StatusBeforeQuestion?.ToString(),
        ["OpenQuestion"] = referral.OpenQuestion,
        ["DeclineReason"] = referral.DeclineReason,
        ["Outcome"] = referral.Outcome,
        ["CreatedAt"] = referral.CreatedAt,
        ["UpdatedAt"] = referral.UpdatedAt,
        ["RemindedFor"] = referral.RemindedFor is { } reminded ? StoredDate.Write(reminded) : null,
        ["EscalatedFor"] = referral.EscalatedFor is { } escalated ? StoredDate.Write(escalated) : null,
        ["LastSequence"] = referral.LastSequence,
    };

    private static ColleagueId? OptionalColleague(string? value) => value is null ? null : new ColleagueId(value);

    private static DateOnly? OptionalDate(string? value) => value is null ? null : StoredDate.Read(value);
}
