namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>One request the fake Graph received; <see cref="ArrivedAt"/> is a Stopwatch timestamp.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string Authorization,
    string RetryAttempt,
    string Body,
    long ArrivedAt);
