namespace Wijkverbinder.Cards;

/// <summary>Columns side by side; on a narrow screen Teams keeps them side by side, so keep them few.</summary>
public sealed class ColumnSet : CardElement
{
    public IList<Column> Columns { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        foreach (var column in Columns)
        {
            column.Validate(validator);
        }
    }
}
