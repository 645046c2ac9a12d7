namespace Wijkverbinder.Cards.Tests.Rendering;

[CollectionDefinition(Name)]
public sealed class CardRendererCollection : ICollectionFixture<CardRendererFixture>
{
    public const string Name = "Card renderer";
}
