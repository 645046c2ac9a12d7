using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>The signed-in user of a tab API request, put there by <see cref="TabUserFilter"/>.</summary>
public static class TabApiUser
{
    private static readonly object Key = new();

    public static TabUser Get(HttpContext context) =>
        context.Items[Key] as TabUser ?? throw new InvalidOperationException("The tab API endpoint is not behind TabUserFilter.");

    /// <summary>The signed-in user, or null outside the tab API.</summary>
    public static TabUser? Find(HttpContext context) => context.Items[Key] as TabUser;

    internal static void Set(HttpContext context, TabUser user) => context.Items[Key] = user;
}
