using System.Text.Json.Serialization;

namespace Wijkverbinder.DevTools.Cards;

/// <summary>One line to card-renderer.mjs.</summary>
internal sealed record RenderRequest(string CardJson, string? ScreenshotPath);

/// <summary>One line from card-renderer.mjs: the first says ready, then one answer per request.</summary>
internal sealed record RenderAnswer(bool Ready, string? Renderer, IReadOnlyList<CardProblem>? Problems, string? Html, string? Error);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RenderRequest))]
[JsonSerializable(typeof(RenderAnswer))]
internal sealed partial class RendererJsonContext : JsonSerializerContext;
