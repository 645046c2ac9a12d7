using Deque.AxeCore.Commons;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>The axe rules the tabs must pass: WCAG 2.0 and 2.1, levels A and AA (Dutch law for government apps).</summary>
public static class Wcag
{
    public static readonly AxeRunOptions AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };
}
