namespace Wijkverbinder.DevTools.Cards;

/// <summary>What the official renderer made of a card: its complaints, the rendered HTML and, if asked, a screenshot.</summary>
public sealed record CardRenderResult(IReadOnlyList<CardProblem> Problems, string Html, string? ScreenshotPath)
{
    public bool IsValid => Problems.Count == 0;
}
