namespace Wijkverbinder.Cards;

/// <summary>One choice of an <see cref="ChoiceSetInput"/>: the text shown and the value sent.</summary>
public sealed record Choice(string Title, string Value);
