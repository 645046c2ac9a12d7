namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>A message in the poison queue as an administrator sees it: ids only (the body names ids, no personal data).</summary>
public sealed record PoisonMessage(string MessageId, string Body, long DequeueCount, DateTimeOffset? InsertedOn);
