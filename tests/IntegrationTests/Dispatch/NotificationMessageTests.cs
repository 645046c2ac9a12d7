using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.IntegrationTests.Dispatch;

public sealed class NotificationMessageTests
{
    private static readonly ReferralId Referral = new("GM0202", "0197c2aa0000700080000000000000ab");

    [Fact]
    public void TheMessageIsTheAgreedCamelCaseJsonWithEnumsAsNames()
    {
        var notification = new Notification(Referral, 3, NotificationChannel.Mail, new ColleagueId("team-wijkteam"), NotificationPurpose.NewRequest);
        var json = NotificationMessage.From(notification).ToJson();
        Assert.Equal(
            """{"referral":"GM0202.R.0197c2aa0000700080000000000000ab","sequence":3,"channel":"Mail","recipient":"team-wijkteam","purpose":"NewRequest"}""",
            json);
        Assert.Equal(notification, NotificationMessage.Parse(json).ToNotification());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"referral":"nope","sequence":3,"channel":"Mail","recipient":"team-wijkteam","purpose":"NewRequest"}""")]
    [InlineData("""{"referral":"GM0202.R.0197c2aa0000700080000000000000ab","sequence":0,"channel":"Card","recipient":"team-wijkteam","purpose":"NewRequest"}""")]
    public void AMessageThatIsNotOneIsAFormatError(string json) =>
        Assert.Throws<FormatException>(() => NotificationMessage.Parse(json).ToNotification());
}
