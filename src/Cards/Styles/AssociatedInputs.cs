using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>Which inputs an Action.Execute sends: auto sends the inputs of its card and parents, none sends none.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    Auto,
    None,
}
