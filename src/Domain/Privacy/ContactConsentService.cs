using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// A person's own opt-in to show their contact details to the network, and its withdrawal. The person is recognised by
/// their work mail: an entry in the network is theirs when its e-mail address is that mail. A withdrawal rebuilds the
/// area's dashboards before it returns, so no view or card shows the details afterwards (views and cards read either
/// the member, which shows contact details only with the opt-in, or the snapshot).
/// People without Teams (most residents) ask a wijkteam member, who records it on the member (the network API).
/// </summary>
public sealed class ContactConsentService(INetworkStore network, DashboardRefresher dashboards, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>The network entries (people) whose e-mail address is <paramref name="mail"/>, in every area.</summary>
    public async Task<IReadOnlyList<Person>> ListMineAsync(Municipality municipality, string? mail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(mail))
        {
            return [];
        }

        var mine = new List<Person>();
        foreach (var area in municipality.Areas)
        {
            var view = await network.GetAreaNetworkAsync(area.Id, cancellationToken);
            mine.AddRange(view.Members.OfType<Person>().Where(p => IsOwnedBy(p, mail)));
        }

        return [.. mine.DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// Gives (<paramref name="show"/> true) or withdraws the opt-in on the person's own entry. Null when there is no such
    /// person; refused with <see cref="ValidationCodes.NotYourEntry"/> when it is someone else's entry.
    /// </summary>
    public async Task<Result<Person>?> SetAsync(Municipality municipality, string? mail, MemberId id, bool show, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await network.GetMemberAsync(id, cancellationToken) is not { Member: Person person } found)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(mail) || !IsOwnedBy(person, mail))
            {
                return Result<Person>.Refused([new("member", ValidationCodes.NotYourEntry)]);
            }

            if (person.ShowContactDetails == show && person.ConsentRecordedOn is not null)
            {
                return Result<Person>.Success(person);
            }

            var changed = person with { ShowContactDetails = show, ConsentRecordedOn = DutchTime.Today(clock) };
            try
            {
                var saved = (Person)await network.UpdateMemberAsync(changed, found.Ties, cancellationToken);
                if (municipality.FindArea(id.Area) is { } area)
                {
                    await dashboards.RefreshAreaAsync(municipality, area, cancellationToken);
                }

                return Result<Person>.Success(saved);
            }
            catch (VersionConflictException) when (attempt < Attempts)
            {
                // The wijkteam edited the entry at the same moment: read it again and apply the choice to that.
            }
        }
    }

    private static bool IsOwnedBy(Person person, string mail) =>
        person.Email is { } email && string.Equals(email.Trim(), mail.Trim(), StringComparison.OrdinalIgnoreCase);
}
