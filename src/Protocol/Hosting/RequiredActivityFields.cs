using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// The fields without which an activity cannot be handled or answered: its type, who sent it, the conversation, and
/// (unless the caller is the anonymous local Playground) the service URL replies go to.
/// </summary>
internal static class RequiredActivityFields
{
    public static IReadOnlyList<string> Missing(Activity activity, bool serviceUrlRequired)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            missing.Add("type");
        }

        if (serviceUrlRequired && string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            missing.Add("serviceUrl");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            missing.Add("conversation.id");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            missing.Add("from.id");
        }

        return missing;
    }
}
