using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>The snapshot's JSON: generated at build time, camelCase, enums by name, nulls left out.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DashboardSnapshot))]
public sealed partial class DashboardJsonContext : JsonSerializerContext;
