using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>
/// Endpoint metadata naming the capability a tab API endpoint needs when it is open to more than the app's roles
/// (<see cref="TabUserFilter"/>); today only one's own consent, which a colleague without a role may manage too.
/// </summary>
internal sealed record TabCapability(Capability Capability);
