using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.Protocol.Tests.Schema;

/// <summary>Real Teams payloads (Payloads/README.md says where each comes from) read into the typed schema.</summary>
public sealed class TeamsPayloadTests
{
    [Fact]
    public void A_personal_message_reads_sender_conversation_text_and_tenant()
    {
        var activity = Payloads.Read(Payloads.PersonalMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Hello Teams TestBot", activity.Text);
        Assert.Equal("https://smba.trafficmanager.net/amer/", activity.ServiceUrl);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("7faf8ab2-3d56-4244-b585-20c8a42ed2b8", activity.From!.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", activity.Recipient!.Id);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 21, 10, 7, 437, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.GetTeamsChannelData()!.Tenant!.Id);
        Assert.Empty(activity.Mentions);
    }

    [Fact]
    public void A_channel_message_reads_the_mention_and_team_channel_and_tenant()
    {
        var activity = Payloads.Read(Payloads.ChannelMessageWithMention);

        var mention = Assert.Single(activity.Mentions);
        Assert.Equal("<at>ridotest</at>", mention.Text);
        Assert.Equal(activity.Recipient!.Id, mention.Mentioned!.Id);
        Assert.StartsWith(mention.Text, activity.Text, StringComparison.Ordinal);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        var channelData = activity.GetTeamsChannelData()!;
        Assert.Equal("19:66P469zibfbsGI-_a0aN_toLTZpyzS6u7CT3TsXdgPw1@thread.tacv2", channelData.Team!.Id);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2", channelData.Channel!.Id);
        Assert.Equal("50612dbb-0237-4969-b378-8d42590f9c00", channelData.Tenant!.Id);
        Assert.Equal("text/html", Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void A_bot_added_to_a_team_reads_members_added_and_the_event_type()
    {
        var activity = Payloads.Read(Payloads.TeamMembersAdded);

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal(activity.Recipient!.Id, Assert.Single(activity.MembersAdded!).Id);
        var channelData = activity.GetTeamsChannelData()!;
        Assert.Equal("teamMemberAdded", channelData.EventType);
        Assert.Equal("19:efa9296d959346209fea44151c742e73@thread.skype", channelData.Team!.Id);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", channelData.Tenant!.Id);
    }

    [Theory]
    [InlineData(Payloads.InstallationAdd, "add")]
    [InlineData(Payloads.InstallationRemove, "remove")]
    public void An_installation_update_reads_its_action_and_the_selected_channel(string file, string action)
    {
        var activity = Payloads.Read(file);

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(action, activity.Action);
        var channelData = activity.GetTeamsChannelData()!;
        Assert.Equal("sample channel ID@thread.skype", channelData.Settings!.SelectedChannel!.Id);
        Assert.Equal("sample team ID", channelData.Team!.Id);
        Assert.Equal("sample tenant ID", activity.Conversation!.TenantId);
    }

    [Fact]
    public void An_adaptive_card_action_reads_the_verbless_action_its_data_and_trigger()
    {
        var activity = Payloads.Read(Payloads.AdaptiveCardAction);

        Assert.Equal(ActivityTypes.Invoke, activity.Type);
        var value = activity.GetAdaptiveCardInvokeValue()!;
        Assert.Equal("manual", value.Trigger);
        Assert.Equal("Action.Execute", value.Action!.Type);
        Assert.Null(value.Action.Verb);
        Assert.Equal("test invokes", value.Action.Data!.Value.GetProperty("feedback").GetString());
        Assert.Equal("Submit Feedback", value.Action.ExtensionData!["title"].GetString());
    }

    [Fact]
    public void A_message_is_not_read_as_an_adaptive_card_action()
    {
        Assert.Null(Payloads.Read(Payloads.PersonalMessage).GetAdaptiveCardInvokeValue());
    }
}
