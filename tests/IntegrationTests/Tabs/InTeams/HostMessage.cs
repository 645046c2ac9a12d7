using System.Text.Json;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>One request the framed page sent its host: the SDK's function name and arguments.</summary>
public sealed record HostMessage(string Func, JsonElement Args, string? ApiVersionTag)
{
    public JsonElement Arg(int index) => Args[index];
}
