using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>A button of a card; "type" is written as the schema names the action.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract class CardAction
{
    public required string Title { get; init; }

    public string? Id { get; init; }

    public ActionStyle? Style { get; init; }

    internal virtual void Validate(CardValidator validator)
    {
        validator.Id(Id);
        validator.Require(!string.IsNullOrWhiteSpace(Title), "An action needs a title.");
    }
}
