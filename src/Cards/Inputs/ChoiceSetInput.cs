namespace Wijkverbinder.Cards;

/// <summary>Input.ChoiceSet: a drop-down, radio buttons or check boxes.</summary>
public sealed class ChoiceSetInput : CardInput
{
    public IList<Choice> Choices { get; init; } = [];

    public bool? IsMultiSelect { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>The selected value; for a multi-select, the values joined with commas, as the schema says.</summary>
    public string? Value { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(Choices.Count > 0, $"Input '{Id}' needs at least one choice.");
        validator.Require(Choices.Select(c => c.Value).Distinct().Count() == Choices.Count, $"Input '{Id}' has two choices with the same value.");
    }
}
