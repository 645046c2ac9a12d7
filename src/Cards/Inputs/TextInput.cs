namespace Wijkverbinder.Cards;

/// <summary>Input.Text: a single or multi-line text field.</summary>
public sealed class TextInput : CardInput
{
    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public TextInputStyle? Style { get; init; }

    public string? Value { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(MaxLength is null or > 0, $"Input '{Id}' needs a positive maxLength.");
        validator.Require(Value is null || MaxLength is null || Value.Length <= MaxLength, $"Input '{Id}' has a value longer than its maxLength.");
    }
}
