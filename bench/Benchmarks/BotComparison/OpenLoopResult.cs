namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>
/// An open-loop run: the rate achieved, message-to-reply and POST response times (sorted, ms), and the messages
/// that got no reply.
/// </summary>
internal sealed record OpenLoopResult(double SentPerSecond, double[] ReplyMs, double[] ResponseMs, int Lost);
