using System.Text.Json.Nodes;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>One call of a matrix row: an HTTP request to the tab API, or a bot button (verb and data).</summary>
public sealed record MatrixRequest(HttpMethod? Method, string? Url, object? Body, string? Verb, JsonObject? Data)
{
    public static MatrixRequest Http(HttpMethod method, string url, object? body = null) => new(method, url, body, null, null);

    public static MatrixRequest Press(string verb, JsonObject data) => new(null, null, null, verb, data);
}
