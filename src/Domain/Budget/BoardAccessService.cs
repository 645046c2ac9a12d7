using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// Access to the board: a referral of its own kind to the official who arranges contact with the college and raad.
/// The routing rule for the theme <see cref="BoardTheme"/> in the district or area wins; else the configured official.
/// </summary>
public sealed class BoardAccessService(ReferralService referrals, IRoutingRuleStore routing)
{
    /// <summary>The theme whose routing rules name the board's official per district or area ("bestuur").</summary>
    public const string BoardTheme = "bestuur";

    public async Task<Result<Referral>> SubmitAsync(
        Municipality municipality,
        BoardAccessDraft draft,
        ColleagueId actor,
        ColleagueId? configuredOfficial,
        CancellationToken cancellationToken,
        IReadOnlyList<ValidationError>? inputErrors = null)
    {
        var errors = new List<ValidationError>(inputErrors ?? []);
        FreeText.Check("preferredPeriod", draft.PreferredPeriod, BudgetLimits.PeriodLength, required: true, errors);
        FreeText.Check("fromTheBoard", draft.FromTheBoard, BudgetLimits.FromTheBoardLength, required: false, errors);
        var rules = await routing.ListAsync(municipality.Code, cancellationToken);
        var official = (draft.District is { } district ? ReferralRouter.Suggest(municipality, rules, BoardTheme, district) : null) ?? configuredOfficial;
        if (official is null)
        {
            errors.Add(new("receiver", ValidationCodes.NoBoardOfficial));
            return Result<Referral>.Refused(errors);
        }

        var referral = new ReferralDraft
        {
            Subject = SubjectKind.BoardAccess,
            Summary = draft.What ?? string.Empty,
            District = draft.District ?? string.Empty,
            Theme = draft.Theme ?? string.Empty,
            Receiver = official,
            ReferrerTeam = draft.ReferrerTeam,
            BoardAccess = new BoardAccessRequest(draft.PreferredPeriod?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(draft.FromTheBoard) ? null : draft.FromTheBoard.Trim()),
        };
        return await referrals.CreateAsync(municipality, referral, actor, cancellationToken, errors);
    }
}
