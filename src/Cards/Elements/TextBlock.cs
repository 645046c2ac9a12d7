namespace Wijkverbinder.Cards;

/// <summary>Text; set <see cref="Wrap"/> for anything longer than a few words, or Teams cuts it off.</summary>
public sealed class TextBlock : CardElement
{
    private readonly string text = string.Empty;

    /// <summary>The text, markdown allowed except links with hidden targets (see <see cref="MaskedLinks"/>).</summary>
    public required string Text
    {
        get => text;
        init => text = MaskedLinks.Neutralise(value);
    }

    public bool? Wrap { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public TextColor? Color { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
