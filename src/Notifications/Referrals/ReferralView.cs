using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Notifications.Referrals;

/// <summary>
/// A referral as people read it, in a mail, on a card or in a tab: the record with its history, and the names behind
/// its codes (district, theme, initiative, colleagues). <see cref="OpenInTeams"/> opens it in the app's personal tab.
/// </summary>
public sealed record ReferralView(
    ReferralRecord Record,
    string DistrictName,
    string ThemeName,
    string? InitiativeName,
    IReadOnlyDictionary<ColleagueId, Colleague> Colleagues,
    Uri OpenInTeams)
{
    public Referral Referral => Record.Referral;

    public IReadOnlyList<ReferralEvent> History => Record.History;

    /// <summary>The colleague's name, or their id when they are no longer in the directory.</summary>
    public string NameOf(ColleagueId? id) =>
        id is { } known ? Colleagues.TryGetValue(known, out var colleague) ? colleague.Name : known.Value : string.Empty;
}
