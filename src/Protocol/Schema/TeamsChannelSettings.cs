namespace Wijkverbinder.Protocol.Schema;

/// <summary>Channel settings Teams sends, such as the channel a message was first sent in.</summary>
public sealed class TeamsChannelSettings : ExtensibleObject
{
    public TeamsChannelInfo? SelectedChannel { get; set; }
}
