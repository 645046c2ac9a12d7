using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wijkverbinder.DevTools.Playground;

// What the bot sends back: the Playground answers createMessage with the new message's id only and delivers the bot's
// replies asynchronously, over two websockets its web UI listens to. It buffers pushes until a first client connects.
public sealed partial class PlaygroundClient
{
    private readonly Lock gate = new();
    private readonly List<PlaygroundMessage> messages = [];
    private readonly List<PlaygroundExchange> exchanges = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly List<(ClientWebSocket Socket, Task Loop)> streams = [];
    private TaskCompletionSource changed = NewSignal();

    /// <summary>The bot's messages in the chat, in order; updated when the bot updates one or a card action replaces a card.</summary>
    public IReadOnlyList<PlaygroundMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    /// <summary>Every HTTP exchange between the Playground and the bot so far, in order.</summary>
    public IReadOnlyList<PlaygroundExchange> Exchanges
    {
        get
        {
            lock (gate)
            {
                return [.. exchanges];
            }
        }
    }

    /// <summary>The activities the bot sent to the mocked connector, as JSON, in order.</summary>
    public IReadOnlyList<JsonObject> ActivitiesFromBot =>
        [.. Exchanges.Where(e => e.FromBot && e.Request is not null && e.Request["type"] is not null).Select(e => e.Request!)];

    /// <summary>Waits until the bot has sent a message that matches, or throws <see cref="TimeoutException"/>.</summary>
    public Task<PlaygroundMessage> WaitForMessageAsync(Func<PlaygroundMessage, bool> match, CancellationToken cancellationToken = default) =>
        WaitForAsync(() => Messages.FirstOrDefault(match), "a matching message from the bot", cancellationToken);

    /// <summary>Waits until an exchange between the Playground and the bot matches, or throws <see cref="TimeoutException"/>.</summary>
    public Task<PlaygroundExchange> WaitForExchangeAsync(Func<PlaygroundExchange, bool> match, CancellationToken cancellationToken = default) =>
        WaitForAsync(() => Exchanges.FirstOrDefault(match), "a matching exchange with the bot", cancellationToken);

    private async Task<T> WaitForAsync<T>(Func<T?> find, string what, CancellationToken cancellationToken)
        where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.WaitTimeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
            }

            if (find() is { } found)
            {
                return found;
            }

            try
            {
                await next.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The Playground reported no {what} within {options.WaitTimeout.TotalSeconds} seconds.");
            }
        }
    }

    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        await SubscribeAsync("_ws_conversation/v1/conversations/stream", OnConversationPush, cancellationToken);
        await SubscribeAsync("_ws/log/stream", OnLogPush, cancellationToken);
    }

    private async Task SubscribeAsync(string path, Action<JsonObject> onPush, CancellationToken cancellationToken)
    {
        var address = new UriBuilder(new Uri(http.BaseAddress!, path)) { Scheme = "ws" }.Uri;
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(address, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        lock (gate)
        {
            streams.Add((socket, ReceiveAsync(socket, onPush, stopping.Token)));
        }
    }

    private static async Task ReceiveAsync(ClientWebSocket socket, Action<JsonObject> onPush, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (JsonNode.Parse(frame.ToArray()) is JsonObject push)
                {
                    onPush(push);
                }

                frame.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or JsonException)
        {
            // Stopped, or the Playground went away: what arrived so far stays readable.
        }
    }

    private void OnConversationPush(JsonObject push)
    {
        if ((string?)push["actionConversationId"] != tenant?.ConversationId || push["message"] is not JsonObject json)
        {
            return;
        }

        var message = PlaygroundMessage.FromStream(json);
        switch ((string?)push["action"])
        {
            case "createMessage":
                Change(() => messages.Add(message));
                break;
            case "updateMessage":
                Change(() =>
                {
                    var index = messages.FindIndex(m => m.Id == message.Id);
                    if (index >= 0)
                    {
                        messages[index] = message;
                    }
                    else
                    {
                        messages.Add(message);
                    }
                });
                break;
        }
    }

    private void OnLogPush(JsonObject push)
    {
        if (push["log"] is JsonObject log && PlaygroundExchange.FromLog(log) is { } exchange)
        {
            Change(() => exchanges.Add(exchange));
        }
    }

    // The Playground replaces the card of a one-attachment message with the invoke's card (InvokeService.invoke).
    private void ReplaceCard(string messageId, JsonObject card) => Change(() =>
    {
        var index = messages.FindIndex(m => m.Id == messageId);
        if (index >= 0 && messages[index].Attachments.Count == 1)
        {
            messages[index] = messages[index].WithCard(card);
        }
    });

    private void Change(Action change)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            change();
            signal = changed;
            changed = NewSignal();
        }

        signal.TrySetResult();
    }

    private async Task UnsubscribeAsync()
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        await stopping.CancelAsync();
        (ClientWebSocket Socket, Task Loop)[] open;
        lock (gate)
        {
            open = [.. streams];
            streams.Clear();
        }

        foreach (var (socket, loop) in open)
        {
            await loop;
            socket.Dispose();
        }

        stopping.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
