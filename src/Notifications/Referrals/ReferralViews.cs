using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Notifications.Referrals;

/// <summary>Reads a referral with everything a person needs to read it (<see cref="ReferralView"/>).</summary>
public sealed class ReferralViews(
    IReferralStore referrals,
    IColleagueDirectory colleagues,
    INetworkStore network,
    IOptions<WijkverbinderOptions> options)
{
    /// <summary>The personal tab's entity id in the manifest; the deep link's subEntityId names the referral.</summary>
    public const string ReferralsTabEntityId = "referrals";

    public async Task<ReferralView?> GetAsync(ReferralId id, CancellationToken cancellationToken) =>
        await referrals.GetAsync(id, cancellationToken) is { } record ? await ToViewAsync(record, cancellationToken) : null;

    public async Task<ReferralView> ToViewAsync(ReferralRecord record, CancellationToken cancellationToken)
    {
        var referral = record.Referral;
        var municipality = await network.GetMunicipalityAsync(referral.Id.Municipality, cancellationToken);
        var district = municipality?.FindDistrict(referral.District);
        var theme = municipality?.Themes.FirstOrDefault(t => t.Id == referral.Theme);
        var initiative = referral.Initiative is { } memberId ? (await network.GetMemberAsync(memberId, cancellationToken))?.Member.Name : null;

        // The directory is small and cached; one list beats a read per name.
        var everyone = await colleagues.ListAsync(referral.Id.Municipality, cancellationToken);
        var involved = Involved(record).ToHashSet();
        var names = everyone.Where(c => involved.Contains(c.Id)).ToDictionary(c => c.Id);
        return new ReferralView(record, district?.Name ?? referral.District, theme?.Name ?? referral.Theme, initiative, names, DeepLink(referral.Id));
    }

    /// <summary>https://teams.microsoft.com/l/entity/{appId}/referrals?context={"subEntityId":"{id}"}</summary>
    public Uri DeepLink(ReferralId id)
    {
        var context = Uri.EscapeDataString($$"""{"subEntityId":"{{id}}"}""");
        return new Uri($"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(options.Value.TeamsAppId)}/{ReferralsTabEntityId}?context={context}");
    }

    private static IEnumerable<ColleagueId> Involved(ReferralRecord record)
    {
        yield return record.Referral.Referrer;
        yield return record.Referral.Receiver;
        if (record.Referral.ReferrerTeam is { } team)
        {
            yield return team;
        }

        foreach (var e in record.History)
        {
            if (e.Actor is { } actor)
            {
                yield return actor;
            }

            if (e.Receiver is { } receiver)
            {
                yield return receiver;
            }
        }
    }
}
