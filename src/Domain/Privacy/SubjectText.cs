using System.Text.RegularExpressions;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// Finds and replaces a person's ids, mail addresses and names in stored text. Ids and mail addresses match anywhere
/// (they sit inside keys, references and JSON; a member id also by its local part, its row key); a name matches only as
/// whole words, so "Jan Vos" does not touch "Jan Vossen".
/// </summary>
public sealed class SubjectText
{
    /// <summary>Shorter names are too likely to be part of other words or other people's names.</summary>
    public const int MinNameLength = 4;

    private readonly Regex pattern;

    public SubjectText(DataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var locals = subject.Ids.Select(id => MemberId.TryParse(id, out var member) ? member.Local : null).OfType<string>();
        var exact = subject.Ids.Concat(locals).Concat(subject.Mails).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Regex.Escape(v.Trim()));
        var names = subject.Names.Where(n => n.Trim().Length >= MinNameLength).Select(n => $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(n.Trim())}(?![\p{{L}}\p{{N}}])");
        var alternatives = exact.Concat(names).OrderByDescending(a => a.Length).ToList();
        pattern = new Regex(
            alternatives.Count == 0 ? "(?!)" : string.Join('|', alternatives),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    public bool Mentions(string? value) => !string.IsNullOrEmpty(value) && pattern.IsMatch(value);

    /// <summary>The value with every mention replaced by <paramref name="placeholder"/>.</summary>
    public string Replace(string value, string placeholder) => pattern.Replace(value, placeholder);
}
