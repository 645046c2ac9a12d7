namespace Wijkverbinder.Cards;

/// <summary>Text; set <see cref="Wrap"/> for anything longer than a few words, or Teams cuts it off.</summary>
public sealed class TextBlock : CardElement
{
    public required string Text { get; init; }

    public bool? Wrap { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public TextColor? Color { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
