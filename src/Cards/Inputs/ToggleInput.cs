namespace Wijkverbinder.Cards;

/// <summary>Input.Toggle: a check box; the action sends <see cref="ValueOn"/> or <see cref="ValueOff"/> under its id.</summary>
public sealed class ToggleInput : CardInput
{
    /// <summary>The text beside the check box (the label sits above it).</summary>
    public required string Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(!string.IsNullOrWhiteSpace(Title), $"Input '{Id}' needs a title.");
        validator.Require(Value is null || Value == (ValueOn ?? "true") || Value == (ValueOff ?? "false"), $"Input '{Id}' has a value that is neither on nor off.");
    }
}
