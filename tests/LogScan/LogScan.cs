using System.Text.RegularExpressions;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Tests.LogScan;

/// <summary>
/// The scan of every log line of a test run (docs/security.md, "The log scan"): each line is checked as it is
/// written for an e-mail address (also percent-encoded), a BSN (nine standalone digits passing the 11-proef) and a bearer token
/// or JWT. A hit is appended to <c>log-scan/hits-*.txt</c> beside the test assembly at once; the build step after
/// the test run (<c>tests/Directory.Build.targets</c>) fails the run when any hit file is there.
/// </summary>
public static partial class LogScan
{
    private static readonly Lock Gate = new();
    private static long lines;
    private static long hits;

    /// <summary>Where hits and the summary go: beside the test assembly, read by the build after the run.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "log-scan");

    /// <summary>
    /// The municipality's functional sender mailboxes of the test configurations (<c>Wijkverbinder:SenderMailbox</c>):
    /// not a person's data, and Microsoft Graph's API names the mailbox in every mail request's path, which the Graph
    /// stand-ins log. Written here, not filtered anywhere else; a person's address is never on this list.
    /// </summary>
    public static IReadOnlyList<string> FunctionalMailboxes { get; } = ["wijkverbinder@arnhem.example", "wijkverbinder@gemeente.example"];

    public static long Lines => Interlocked.Read(ref lines);

    public static long Hits => Interlocked.Read(ref hits);

    /// <summary>What the line holds that it must not, or null.</summary>
    public static string? FindingIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decoded = text.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(text) : text;
        foreach (var mailbox in FunctionalMailboxes)
        {
            decoded = decoded.Replace(mailbox, "[functional mailbox]", StringComparison.OrdinalIgnoreCase);
        }

        decoded = SentItemsLookup().Replace(decoded, "internetMessageId eq '[message id]'");
        decoded = ConsoleEventId().Replace(decoded, "[event id]");

        return Email().IsMatch(decoded) ? "e-mail address"
            : BsnIn(decoded) ? "BSN"
            : Token().IsMatch(decoded) ? "bearer token or JWT"
            : null;
    }

    /// <summary>Checks one written line (message, structured values, scopes, exception) and records a hit.</summary>
    public static void Check(string category, string text)
    {
        Interlocked.Increment(ref lines);
        if (FindingIn(text) is not { } finding)
        {
            return;
        }

        Interlocked.Increment(ref hits);
        lock (Gate)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.AppendAllText(
                Path.Combine(Directory, $"hits-{Environment.ProcessId}.txt"),
                $"{finding} in a log line of {category}: {text.ReplaceLineEndings(" ")}{Environment.NewLine}");
        }
    }

    /// <summary>
    /// Nine digits passing the 11-proef, standing alone and written as a BSN is written (123456789, 123.456.789,
    /// 1234.56.789, with spaces or dashes too): not inside a hexadecimal id (trace, span and row ids hold random digit
    /// runs) and not a measurement (10062.3335 ms).
    /// </summary>
    private static bool BsnIn(string text) =>
        StandaloneNineDigits().Matches(text).Any(m => Bsn.PassesElevenTest([.. m.Value.Where(char.IsAsciiDigit).Select(c => c - '0')]));

    /// <summary>How much was scanned, so the build step can show that the scan saw the run.</summary>
    public static void WriteSummary()
    {
        lock (Gate)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(Path.Combine(Directory, $"scanned-{Environment.ProcessId}.txt"), $"{Lines} log lines scanned, {Hits} hits{Environment.NewLine}");
        }
    }

    /// <summary>
    /// An e-mail address. Not one: a Teams conversation id (<c>19:…@thread.tacv2</c>, <c>@thread.skype</c>,
    /// <c>@thread.v2</c>, <c>@unq.gbl.spaces</c>), which names a chat or channel, not a person's mailbox; Teams puts
    /// it in every connector URL. With <see cref="FunctionalMailboxes"/> the scan's only exceptions, written here.
    /// </summary>
    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@(?!thread\.(?:tacv2|skype|v2)\b|unq\.gbl\.spaces\b)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    /// <summary>
    /// The Message-ID in the sent-items lookup that makes a retried mail go out once (GraphMailSender.WasSentAsync):
    /// a Message-ID has the shape of an address by RFC 5322, but ours is built from ids (municipality, notification,
    /// sequence, a GUID) and names a message, not a person. Only inside that OData filter.
    /// </summary>
    [GeneratedRegex(@"internetMessageId eq '<(?:[^'>]|'')*>'")]
    private static partial Regex SentItemsLookup();

    /// <summary>
    /// The event id in the console logger's header (<c>info: Category[362212831]</c>, as the AppHost shows a resource's
    /// output): a hash of the log method's name that the source generator picks, not data, and it can pass the 11-proef.
    /// Only right after a level and a category name; any other bracketed number is still scanned.
    /// </summary>
    [GeneratedRegex(@"(?<=(?:trce|dbug|info|warn|fail|crit)\S*: [A-Za-z_][A-Za-z0-9_.`]*)\[\d+\]")]
    private static partial Regex ConsoleEventId();

    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?:\d{9}|\d{3}([ .\-])\d{3}\1\d{3}|\d{4}([ .\-])\d{2}\2\d{3})(?![A-Za-z0-9]|\.\d)")]
    private static partial Regex StandaloneNineDigits();

    [GeneratedRegex(@"Bearer\s+ey|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.")]
    private static partial Regex Token();
}
