using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.Tabs.Tests;

/// <summary>
/// A bUnit context with what every tab component needs: Fluent UI's services, localization, loose JS interop (Fluent
/// UI's own modules), and helpers to render a component for a signed-in user as the layout would.
/// </summary>
public abstract class TabTestContext : BunitContext
{
    protected TabTestContext()
    {
        // The default second is short when the whole suite shares two cores; a wait still ends as soon as it holds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(30);
        Services.AddLocalization();
        Services.AddFluentUIComponents();
        Services.AddSingleton<IAuditLog>(PageAuditLog);
        Services.AddSingleton<PageAudit>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Where the pages' own audit records (origin TabPage) go, unless a test registers another log.</summary>
    internal InMemoryAuditLog PageAuditLog { get; } = new(new FixedClock(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));

    public static TabUser User(string name, IReadOnlyList<AppRole> roles, params string[] districts) =>
        new(new ColleagueId(Guid.NewGuid().ToString()), name, "GM0202", roles, districts, []);

    /// <summary>Renders <typeparamref name="TComponent"/> inside the cascading values the layout gives every page.</summary>
    protected IRenderedComponent<TComponent> RenderFor<TComponent>(TabUser user, Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Render<TComponent>(builder =>
        {
            builder.AddCascadingValue(user);
            builder.AddCascadingValue(TabHost.Browser);
            parameters?.Invoke(builder);
        });
}
