using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>Suggests a receiver: the rule for the theme in the district, else the rule for the theme in its area.</summary>
public static class ReferralRouter
{
    public static ColleagueId? Suggest(Municipality municipality, IReadOnlyList<RoutingRule> rules, string theme, string districtCode)
    {
        var district = municipality.FindDistrict(districtCode);
        if (district is null)
        {
            return null;
        }

        var area = district.Area.ToString();
        return (rules.FirstOrDefault(r => r.Theme == theme && r.Scope == district.Code)
            ?? rules.FirstOrDefault(r => r.Theme == theme && r.Scope == area))?.Receiver;
    }
}
