using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// Reads the request body into an <see cref="Activity"/> within the size limit. Counted here as well as told to the
/// server, because not every server (the test server among them) enforces a body size limit.
/// </summary>
internal sealed class ActivityBodyReader(IOptions<BotEndpointOptions> options, BotProblems problems)
{
    private readonly int limit = options.Value.MaxRequestBodyBytes;

    /// <summary>The activity, or the problem that answers the request instead.</summary>
    public async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, problems.TooLarge());
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var body = new ArrayBufferWriter<byte>(Math.Min(limit, 16 * 1024));
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(body.GetMemory(4096), cancellationToken)) > 0)
            {
                body.Advance(read);
                if (body.WrittenCount > limit)
                {
                    return (null, problems.TooLarge());
                }
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, problems.TooLarge());
        }

        try
        {
            var activity = JsonSerializer.Deserialize(body.WrittenSpan, ProtocolJsonContext.Default.Activity);
            return activity is null ? (null, problems.Unreadable()) : (activity, null);
        }
        catch (JsonException)
        {
            return (null, problems.Unreadable());
        }
    }
}
