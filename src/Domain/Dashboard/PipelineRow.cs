namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Referral figures for one theme, one receiver or all: how many were created (in the window), how many are open and
/// overdue now, and the median days from creation to acceptance and to completion (null when none got there).
/// </summary>
public sealed record PipelineRow(
    string Key,
    string Name,
    int Referrals,
    int Open,
    int Overdue,
    double? MedianDaysToAccept,
    double? MedianDaysToComplete);
