namespace Wijkverbinder.Cards;

/// <summary>One title/value pair of a <see cref="FactSet"/>; the value is markdown without hidden link targets (<see cref="MaskedLinks"/>).</summary>
public sealed record Fact(string Title, string Value)
{
    public string Value { get; init; } = MaskedLinks.Neutralise(Value);
}
