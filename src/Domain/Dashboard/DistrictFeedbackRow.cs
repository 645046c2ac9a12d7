namespace Wijkverbinder.Domain.Dashboard;

/// <summary>When a district last held a feedback meeting (null: not within the meetings read, which go back <see cref="MeetingInputs.LookBackMonths"/> months).</summary>
public sealed record DistrictFeedbackRow(string District, string Name, DateOnly? LastHeldOn);
