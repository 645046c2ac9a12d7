namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// One person as the app knows them: their ids (Entra object id as a colleague, member ids in the network), their
/// e-mail addresses and their names. Every record that holds one of these is theirs (<see cref="SubjectText"/>).
/// </summary>
public sealed record DataSubject(string Municipality, IReadOnlyList<string> Ids, IReadOnlyList<string> Mails, IReadOnlyList<string> Names)
{
    /// <summary>The id the placeholder is derived from: the same on every run, so a rerun uses the same placeholder.</summary>
    public string PrimaryId => Ids.Order(StringComparer.Ordinal).First();
}
