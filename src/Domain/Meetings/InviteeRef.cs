using System.Diagnostics.CodeAnalysis;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Who is invited, by reference only ("member:GM0202.W1.…" or "colleague:…"): names and mail addresses are looked up when
/// a card or event is made, so an erased or changed person is never copied into meetings.
/// </summary>
public readonly record struct InviteeRef(InviteeKind Kind, string Id)
{
    private const string MemberPrefix = "member:";
    private const string ColleaguePrefix = "colleague:";

    public static InviteeRef For(MemberId member) => new(InviteeKind.Member, member.ToString());

    public static InviteeRef For(ColleagueId colleague) => new(InviteeKind.Colleague, colleague.Value);

    public MemberId? Member => Kind == InviteeKind.Member && MemberId.TryParse(Id, out var id) ? id : null;

    public ColleagueId? Colleague => Kind == InviteeKind.Colleague && ColleagueId.TryParse(Id, out var id) ? id : null;

    public override string ToString() => (Kind == InviteeKind.Member ? MemberPrefix : ColleaguePrefix) + Id;

    public static bool TryParse([NotNullWhen(true)] string? text, out InviteeRef invitee)
    {
        invitee = default;
        if (text?.StartsWith(MemberPrefix, StringComparison.Ordinal) == true && MemberId.TryParse(text[MemberPrefix.Length..], out var member))
        {
            invitee = For(member);
            return true;
        }

        if (text?.StartsWith(ColleaguePrefix, StringComparison.Ordinal) == true && ColleagueId.TryParse(text[ColleaguePrefix.Length..], out var colleague))
        {
            invitee = For(colleague);
            return true;
        }

        return false;
    }
}
