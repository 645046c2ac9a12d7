using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// The rights of a data subject (art. 15 and 17 AVG) for one person across every record type: find them by id or
/// e-mail (as a colleague, as people in the network, or both), export what the app holds, or erase it. Erasure keeps
/// the municipal records with a placeholder instead of the person (docs/privacy.md) and rebuilds the dashboards.
/// </summary>
public sealed class SubjectRightsService(
    IColleagueDirectory colleagues,
    INetworkStore network,
    ContactConsentService people,
    ISubjectDataStore records,
    PseudonymKey keys,
    DashboardRefresher dashboards,
    TimeProvider clock)
{
    /// <summary>The person, or null when nobody matches.</summary>
    public async Task<DataSubject?> FindAsync(Municipality municipality, SubjectLookup lookup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(lookup);
        var all = await colleagues.ListAsync(municipality.Code, cancellationToken);
        var found = new List<Colleague>();
        var persons = new List<Person>();
        var mails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (lookup.Mail is { } mail)
        {
            mails.Add(mail);
        }
        else if (ColleagueId.TryParse(lookup.Id, out var colleagueId))
        {
            found.AddRange(all.Where(c => c.Id == colleagueId));
        }
        else if (MemberId.TryParse(lookup.Id, out var memberId) && await network.GetMemberAsync(memberId, cancellationToken) is { Member: Person person })
        {
            persons.Add(person);
        }

        mails.UnionWith(found.Select(c => c.Mail).Concat(persons.Select(p => p.Email)).OfType<string>().Where(m => m.Length > 0));
        foreach (var known in mails.ToList())
        {
            found.AddRange(all.Where(c => c.Kind == ColleagueKind.Person && string.Equals(c.Mail, known, StringComparison.OrdinalIgnoreCase)));
            persons.AddRange(await people.ListMineAsync(municipality, known, cancellationToken));
        }

        var ids = found.Select(c => c.Id.Value).Concat(persons.Select(p => p.Id.ToString())).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var names = found.Select(c => c.Name).Concat(persons.Select(p => p.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        mails.UnionWith(persons.Select(p => p.Email).OfType<string>());
        return new DataSubject(municipality.Code, ids, [.. mails.Order(StringComparer.Ordinal)], names);
    }

    /// <summary>Everything the app holds about the person, or null when nobody matches.</summary>
    public async Task<SubjectExport?> ExportAsync(Municipality municipality, SubjectLookup lookup, CancellationToken cancellationToken)
    {
        var subject = await FindAsync(municipality, lookup, cancellationToken);
        return subject is null
            ? null
            : new SubjectExport(subject, clock.GetUtcNow(), await records.FindAsync(subject, cancellationToken));
    }

    /// <summary>
    /// Removes or anonymises the person everywhere and rebuilds the municipality's dashboards; null when nobody matches
    /// (also after an erasure that finished: erasing twice changes nothing the second time).
    /// </summary>
    public async Task<SubjectErasure?> EraseAsync(Municipality municipality, SubjectLookup lookup, CancellationToken cancellationToken)
    {
        var subject = await FindAsync(municipality, lookup, cancellationToken);
        if (subject is null)
        {
            return null;
        }

        var placeholder = Placeholder(subject);
        var erased = await records.EraseAsync(subject, placeholder, cancellationToken);
        var rebuilt = await dashboards.RefreshAreasAsync(municipality, municipality.Areas.Select(a => a.Id), cancellationToken);
        return new SubjectErasure(placeholder, erased, rebuilt);
    }

    /// <summary>The placeholder of the person (the same on every run), also the audit record's object id.</summary>
    public string Placeholder(DataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Pseudonyms.Placeholder(keys.For(subject.Municipality), subject.PrimaryId);
    }
}
