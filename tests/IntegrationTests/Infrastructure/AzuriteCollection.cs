namespace Wijkverbinder.IntegrationTests.Infrastructure;

/// <summary>Every integration test shares the one Azurite of <see cref="AzuriteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
