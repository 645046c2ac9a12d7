namespace Wijkverbinder.Cards.Tests.Samples;

/// <summary>Every enum value of the model once, so the renderer checks that each is spelled as the schema spells it.</summary>
public static class StyleGalleryCard
{
    public static AdaptiveCard Create() => new()
    {
        Body =
        [
            .. Enum.GetValues<TextSize>().Select(size => new TextBlock { Text = $"Grootte {size}", Size = size }),
            .. Enum.GetValues<TextWeight>().Select(weight => new TextBlock { Text = $"Gewicht {weight}", Weight = weight }),
            .. Enum.GetValues<TextColor>().Select(color => new TextBlock { Text = $"Kleur {color}", Color = color }),
            .. Enum.GetValues<HorizontalAlignment>().Select(alignment => new TextBlock { Text = $"Uitlijning {alignment}", HorizontalAlignment = alignment }),
            .. Enum.GetValues<Spacing>().Select(spacing => new TextBlock { Text = $"Ruimte {spacing}", Spacing = spacing, Separator = true }),
            .. Enum.GetValues<ContainerStyle>().Select(style => new Container { Style = style, Items = [new TextBlock { Text = $"Stijl {style}" }] }),
            .. Enum.GetValues<ChoiceInputStyle>().Select(style => new ChoiceSetInput
            {
                Id = $"choice{style}", Label = $"Keuze {style}", Style = style, Choices = [new("Ja", "yes"), new("Nee", "no")],
            }),
            .. Enum.GetValues<TextInputStyle>().Select(style => new TextInput { Id = $"text{style}", Label = $"Tekst {style}", Style = style }),
        ],
        Actions =
        [
            .. Enum.GetValues<ActionStyle>().Select(style => new ExecuteAction { Title = $"Knop {style}", Verb = "gallery", Style = style }),
            .. Enum.GetValues<AssociatedInputs>().Select(inputs => new ExecuteAction { Title = $"Invoer {inputs}", Verb = "gallery", AssociatedInputs = inputs }),
        ],
    };
}
