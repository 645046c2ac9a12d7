using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using static Wijkverbinder.Domain.Tests.Meetings.MeetingSamples;

namespace Wijkverbinder.Domain.Tests.Meetings;

public sealed class MeetingIdentifierTests
{
    [Fact]
    public void AMeetingIdRoundTripsThroughItsText()
    {
        var id = MeetingId.New("GM0202", new FakeTimeProvider(MeetingSamples.Now));

        Assert.True(MeetingId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(id, parsed);
        Assert.StartsWith("GM0202.M.", id.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GM0202.R.0123456789abcdef0123456789abcdef")]
    [InlineData("GM0202.M.0123")]
    [InlineData("gm0202.M.0123456789abcdef0123456789abcdef")]
    public void OtherTextIsNotAMeetingId(string text) => Assert.False(MeetingId.TryParse(text, out _));

    [Fact]
    public void AnInviteeRoundTripsAsMemberOrColleague()
    {
        foreach (var invitee in new[] { InviteeRef.For(Buurthuis), InviteeRef.For(Invited.Id) })
        {
            Assert.True(InviteeRef.TryParse(invitee.ToString(), out var parsed));
            Assert.Equal(invitee, parsed);
        }

        Assert.Equal(Buurthuis, InviteeRef.For(Buurthuis).Member);
        Assert.Null(InviteeRef.For(Buurthuis).Colleague);
        Assert.Equal(Invited.Id, InviteeRef.For(Invited.Id).Colleague);
    }

    [Theory]
    [InlineData("member:nonsense")]
    [InlineData("colleague:Not An Id")]
    [InlineData("GM0202.A.0000000000000000000000000000000a")]
    public void OtherTextIsNotAnInvitee(string text) => Assert.False(InviteeRef.TryParse(text, out _));

    [Fact]
    public void ATeamIsAColleagueInvitee() =>
        Assert.Equal(new ColleagueId("team-wijkteam"), InviteeRef.For(new ColleagueId("team-wijkteam")).Colleague);
}
