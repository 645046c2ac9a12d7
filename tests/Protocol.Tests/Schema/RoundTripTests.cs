using System.Text.Json;
using System.Text.Json.Nodes;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.Protocol.Tests.Schema;

/// <summary>Receivers must keep what they do not model: every Teams payload survives a read-modify-write unchanged.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> AllPayloads =>
    [
        Payloads.PersonalMessage,
        Payloads.ChannelMessageWithMention,
        Payloads.TeamMembersAdded,
        Payloads.InstallationAdd,
        Payloads.InstallationRemove,
        Payloads.AdaptiveCardAction,
    ];

    [Theory]
    [MemberData(nameof(AllPayloads))]
    public void A_payload_read_and_written_again_is_the_same_json(string file)
    {
        var original = JsonNode.Parse(Payloads.Text(file));

        var written = JsonSerializer.SerializeToNode(Payloads.Read(file), ProtocolJsonContext.Default.Activity);

        Assert.Null(JsonTree.FirstDifference(original, written));
    }

    [Theory]
    [MemberData(nameof(AllPayloads))]
    public void A_payload_changed_in_one_field_keeps_every_other_field(string file)
    {
        var expected = JsonNode.Parse(Payloads.Text(file))!;
        expected["text"] = "gewijzigd";
        var activity = Payloads.Read(file);

        activity.Text = "gewijzigd";
        var written = JsonSerializer.SerializeToNode(activity, ProtocolJsonContext.Default.Activity);

        Assert.Null(JsonTree.FirstDifference(expected, written));
    }

    [Fact]
    public void The_comparison_notices_a_lost_field()
    {
        var original = JsonNode.Parse(Payloads.Text(Payloads.ChannelMessageWithMention))!;
        var damaged = original.DeepClone();
        damaged["channelData"]!.AsObject().Remove("teamsTeamId");

        Assert.Equal("$.channelData.teamsTeamId is missing", JsonTree.FirstDifference(original, damaged));
    }
}
