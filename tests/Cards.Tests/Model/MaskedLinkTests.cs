using System.Text.Json.Nodes;
using Wijkverbinder.Cards;

namespace Wijkverbinder.Cards.Tests.Model;

public sealed class MaskedLinkTests
{
    [Theory]
    [InlineData("Vul [het formulier](https://elders.example/inloggen) in")]
    [InlineData("Zie [hier][1]\n\n[1]: https://elders.example")]
    public void TypedTextCannotHideWhereALinkGoes(string typed)
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock { Text = typed }, new FactSet { Facts = [new Fact("Samenvatting", typed)] }],
        };

        var json = JsonNode.Parse(card.ToJson())!;
        var texts = new[] { json["body"]![0]!["text"]!.GetValue<string>(), json["body"]![1]!["facts"]![0]!["value"]!.GetValue<string>() };

        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("](", text, StringComparison.Ordinal);
            Assert.DoesNotContain("][", text, StringComparison.Ordinal);
            Assert.DoesNotContain("]:", text, StringComparison.Ordinal);
            Assert.Equal(typed, text.Replace("\u200B", string.Empty, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void TextWithoutBracketsIsUntouchedAndAVisibleAddressStays()
    {
        const string typed = "**Let op**: zie https://www.arnhem.nl/wijken";

        Assert.Equal(typed, new TextBlock { Text = typed }.Text);
        Assert.Equal(typed, new Fact("Link", typed).Value);
    }
}
