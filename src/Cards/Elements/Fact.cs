namespace Wijkverbinder.Cards;

/// <summary>One title/value pair of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
