using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Configuration;

/// <summary>
/// The districts and areas a user may see the network status of (need-to-know): each district they work in, and an
/// area only when they work in all its districts. Areas first, each followed by its districts.
/// </summary>
public sealed class StatusScopes(INetworkStore network, IStringLocalizer<ChannelTabTexts> text)
{
    public async Task<IReadOnlyList<StatusScopeChoice>> ForAsync(TabUser user, CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        if (municipality is null)
        {
            return [];
        }

        var choices = new List<StatusScopeChoice>();
        foreach (var area in municipality.Areas)
        {
            if (user.WorksInAll(area))
            {
                choices.Add(new(area.Id.ToString(), string.Format(CultureInfo.CurrentCulture, text["StatusArea"], area.Name)));
            }

            choices.AddRange(area.DistrictCodes
                .Where(user.WorksIn)
                .Select(code => municipality.FindDistrict(code))
                .OfType<District>()
                .Select(district => new StatusScopeChoice(district.Code, district.Name)));
        }

        return choices;
    }
}
