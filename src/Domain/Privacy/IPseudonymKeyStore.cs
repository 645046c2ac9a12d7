namespace Wijkverbinder.Domain.Privacy;

/// <summary>Holds each municipality's secret key for <see cref="Pseudonyms"/>; made once, never changed.</summary>
public interface IPseudonymKeyStore
{
    Task<byte[]> GetKeyAsync(string municipality, CancellationToken cancellationToken);
}
