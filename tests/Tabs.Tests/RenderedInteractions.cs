using Bunit;
using Microsoft.AspNetCore.Components;

namespace Wijkverbinder.Tabs.Tests;

/// <summary>
/// Finds an element and fires its event in one step on the renderer's dispatcher. A page whose earlier action is still
/// finishing in the background (a reload after a save) may re-render between a separate <c>Find</c> and <c>Click</c>,
/// and the found element's handler is then gone; bUnit's advice is to do both inside <c>InvokeAsync</c>, as here.
/// </summary>
internal static class RenderedInteractions
{
    public static void Click<TComponent>(this IRenderedComponent<TComponent> page, string selector)
        where TComponent : IComponent =>
        Dispatch(page, () => page.Find(selector).Click());

    public static void Change<TComponent, TValue>(this IRenderedComponent<TComponent> page, string selector, TValue value)
        where TComponent : IComponent =>
        Dispatch(page, () => page.Find(selector).Change(value));

    public static void Submit<TComponent>(this IRenderedComponent<TComponent> page, string selector)
        where TComponent : IComponent =>
        Dispatch(page, () => page.Find(selector).Submit());

    private static void Dispatch<TComponent>(IRenderedComponent<TComponent> page, Action fire)
        where TComponent : IComponent =>
        page.InvokeAsync(fire).GetAwaiter().GetResult();
}
