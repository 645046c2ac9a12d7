namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// What a referral is about: an initiative from the network, a resident's question, a request for aanjaagbudget
/// (decided by the area's budget holder, with <see cref="Referral.Budget"/>) or a request for access to the board
/// (with <see cref="Referral.BoardAccess"/>).
/// </summary>
public enum SubjectKind
{
    Initiative,
    ResidentQuestion,
    BudgetRequest,
    BoardAccess,
}
