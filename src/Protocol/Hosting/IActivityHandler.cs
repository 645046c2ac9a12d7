using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// The app's behaviour behind POST /api/messages. Activities reach it only after their token and fields were checked.
/// Resolved from a fresh DI scope for each activity, so it may depend on scoped services.
/// </summary>
public interface IActivityHandler
{
    /// <summary>
    /// An invoke (such as adaptiveCard/action), answered in the HTTP response while Teams waits. Null means the bot does
    /// not handle this invoke: the caller gets 501.
    /// </summary>
    Task<AdaptiveCardInvokeResponse?> OnInvokeAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Any other activity (message, conversationUpdate, installationUpdate, ...), handled in the background after the
    /// request was acknowledged. Replies go through the connector, not the response.
    /// </summary>
    Task OnActivityAsync(Activity activity, CancellationToken cancellationToken);
}
