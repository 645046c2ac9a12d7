using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>The axe rules the tabs must pass: WCAG 2.0 and 2.1, levels A and AA (Dutch law for government apps).</summary>
public static class Wcag
{
    public static readonly AxeRunOptions AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>
    /// Runs axe once every finite animation has finished: Fluent's message bars fade in, and axe would otherwise
    /// measure their contrast halfway (a colour-contrast failure that comes and goes with the machine's speed). A bar
    /// the circuit renders a moment later starts its own fade, so the wait is made twice, a few frames apart.
    /// </summary>
    public static async Task<AxeResult> CheckAsync(IPage page)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            await page.EvaluateAsync(
                "() => new Promise(r => setTimeout(r, 250)).then(() => Promise.all(document.getAnimations().filter(a => a.effect?.getComputedTiming().iterations !== Infinity).map(a => a.finished)))");
        }

        return await page.RunAxe(AA);
    }
}
