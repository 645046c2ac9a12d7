namespace Wijkverbinder.Cards;

/// <summary>
/// An input. Every input has a visible label (screen readers announce it; WCAG 2.1 AA), and a required input says
/// what is wrong when it is left empty: <see cref="AdaptiveCard.Validate"/> reports an input that does not.
/// </summary>
public abstract class CardInput : CardElement
{
    public required string Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        var name = $"Input '{Id}'";
        validator.Require(!string.IsNullOrWhiteSpace(Id), "An input needs an id: the action sends its value under that id.");
        validator.Require(!string.IsNullOrWhiteSpace(Label), $"{name} needs a label.");
        validator.Require(IsRequired != true || !string.IsNullOrWhiteSpace(ErrorMessage), $"{name} is required and needs an error message.");
    }
}
