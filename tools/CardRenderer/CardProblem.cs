namespace Wijkverbinder.DevTools.Cards;

/// <summary>
/// One complaint of the official renderer. <see cref="Phase"/> is "parse", "validation", "render" or "page";
/// <see cref="Code"/> is the renderer's ValidationEvent name, e.g. UnknownElementType or InvalidPropertyValue.
/// </summary>
public sealed record CardProblem(string Phase, string Code, string Message)
{
    public override string ToString() => $"{Phase}: {Code}: {Message}";
}
