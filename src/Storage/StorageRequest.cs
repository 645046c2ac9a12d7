using System.Net;

namespace Wijkverbinder.Storage;

/// <summary>One request to storage, as a tally records it: method, path and query (with the OData filter, if any).</summary>
public sealed record StorageRequest(string Method, string Path, string Query)
{
    public bool IsBatch => Path.EndsWith("/$batch", StringComparison.Ordinal);

    /// <summary>The decoded $filter of a query, or null.</summary>
    public string? Filter =>
        Query.TrimStart('?').Split('&')
            .Where(p => p.StartsWith("$filter=", StringComparison.Ordinal))
            .Select(p => WebUtility.UrlDecode(p["$filter=".Length..]))
            .FirstOrDefault();
}
