namespace Wijkverbinder.Domain.Dashboard;

/// <summary>The referral pipeline of the scope's districts: over referrals created in the last <see cref="WindowMonths"/> months.</summary>
public sealed record ReferralPipeline(
    int WindowMonths,
    PipelineRow Total,
    IReadOnlyList<PipelineRow> ByTheme,
    IReadOnlyList<PipelineRow> ByReceiver);
