using Wijkverbinder.DevTools;
using Wijkverbinder.DevTools.Playground;

namespace Wijkverbinder.Playground.Tests;

public sealed class LocalPlaygroundTests
{
    [Fact]
    public void The_arguments_start_a_Teams_client_of_the_bot_on_the_port_without_telemetry()
    {
        var arguments = LocalPlayground.Arguments(new Uri("http://localhost:3978/api/messages"), 56150);

        Assert.Equal(
            ["--app-endpoint", "http://localhost:3978/api/messages", "--channel-id", "msteams", "--port", "56150", "--disable-telemetry"],
            arguments);
        Assert.Equal("none", LocalPlayground.Environment[LocalPlayground.BrowserVariable]);
        Assert.True(File.Exists(LocalPlayground.Script), LocalPlayground.Script);
        Assert.StartsWith(NodeTools.Directory, LocalPlayground.Script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_started_Playground_answers_and_stops_answering_once_disposed()
    {
        var playground = await LocalPlayground.StartAsync(new Uri("http://127.0.0.1:9/api/messages"));
        using var http = new HttpClient { BaseAddress = playground.BaseAddress, Timeout = TimeSpan.FromMinutes(1) }; // a refused connection fails at once; the limit is for a busy machine
        Assert.Equal("pong", await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative)));

        await playground.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative)));
    }
}
