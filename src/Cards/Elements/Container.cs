namespace Wijkverbinder.Cards;

/// <summary>Groups elements, e.g. to give them a background style or to show and hide them together.</summary>
public sealed class Container : CardElement
{
    public IList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Elements(Items);
    }
}
