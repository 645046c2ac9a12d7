namespace Wijkverbinder.Cards;

/// <summary>Input.Date: the client's date picker; values are written as yyyy-MM-dd.</summary>
public sealed class DateInput : CardInput
{
    public DateOnly? Value { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    public string? Placeholder { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(Min is null || Max is null || Min <= Max, $"Input '{Id}' has min after max.");
    }
}
