using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// A member of the network suggested for a meeting. <see cref="IsNew"/>: it joined in the last year.
/// <see cref="NotMetLastYear"/>: no meeting brought it together with others in the last year (no recent "met at" tie).
/// </summary>
public sealed record SuggestedInvitee(MemberId Id, string Name, MemberKind Kind, IReadOnlyList<string> Themes, bool IsNew, bool NotMetLastYear);
