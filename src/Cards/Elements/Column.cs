namespace Wijkverbinder.Cards;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    public string Type => "Column";

    public string? Id { get; init; }

    /// <summary>"auto", "stretch", a weight such as "2", or pixels such as "80px".</summary>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public IList<CardElement> Items { get; init; } = [];

    internal void Validate(CardValidator validator)
    {
        validator.Id(Id);
        validator.Elements(Items);
    }
}
