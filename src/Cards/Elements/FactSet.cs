namespace Wijkverbinder.Cards;

/// <summary>Title/value pairs laid out as a two-column table.</summary>
public sealed class FactSet : CardElement
{
    public IList<Fact> Facts { get; init; } = [];

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(Facts.Count > 0, "A FactSet needs at least one fact.");
    }
}
