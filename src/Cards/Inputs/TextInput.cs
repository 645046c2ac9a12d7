namespace Wijkverbinder.Cards;

/// <summary>Input.Text: a single or multi-line text field.</summary>
public sealed class TextInput : CardInput
{
    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public TextInputStyle? Style { get; init; }

    /// <summary>
    /// What the field holds, cut to <see cref="MaxLength"/>. Teams stops typing there, so a longer value was sent some
    /// other way; a form shown again with its errors keeps a valid card instead of failing on it.
    /// </summary>
    public string? Value
    {
        get => MaxLength is { } max && max > 0 && field?.Length > max ? field[..max] : field;
        init;
    }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(MaxLength is null or > 0, $"Input '{Id}' needs a positive maxLength.");
    }
}
