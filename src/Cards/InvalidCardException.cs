namespace Wijkverbinder.Cards;

/// <summary>A card broke the model's rules and was not serialised.</summary>
public sealed class InvalidCardException(IReadOnlyList<string> problems)
    : InvalidOperationException("The card is not valid: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
