using Azure.Data.Tables;
using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Storage.Privacy;

/// <summary>
/// One table searched for a person: which of its rows belong to the municipality (a filter; null: the whole table)
/// and what an erasure does with a row that mentions the person in a column. A row whose key mentions them is always
/// deleted: it is an index, pointer or entry of theirs.
/// </summary>
/// <remarks><paramref name="HasKinds"/>: its rows say what they are in a Kind or Type column (network, referrals, meetings).</remarks>
internal sealed record SubjectTable(string Name, TableClient Client, Func<string, string?> Filter, SubjectRecordFate MentionFate, bool HasKinds = false);
