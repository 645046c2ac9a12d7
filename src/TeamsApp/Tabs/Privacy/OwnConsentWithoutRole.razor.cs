using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Privacy;

/// <summary>The consent section for a colleague the sign-in refused for having no role (<see cref="TabSignIn.WithoutRole"/>).</summary>
public sealed partial class OwnConsentWithoutRole
{
    private Colleague? me;

    [Parameter, EditorRequired]
    public required TabUser User { get; set; }

    [Inject]
    public required IColleagueDirectory Colleagues { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (User.May(Capability.ManageOwnConsent))
        {
            me = await Colleagues.GetAsync(User.Municipality, User.Id, CancellationToken.None);
        }
    }
}
