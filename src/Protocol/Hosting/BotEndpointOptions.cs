namespace Wijkverbinder.Protocol.Hosting;

/// <summary>Limits of the messaging endpoint, bound from configuration section "Bot".</summary>
public sealed class BotEndpointOptions
{
    /// <summary>Teams sends at most 100 KB per message; anything far beyond is refused before it is parsed.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Activities waiting for the background handler; when full, new ones get 503 and the connector retries.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// How many activities are handled at once. Activities of one conversation always share a lane, so they are handled
    /// in the order they came; different conversations do not wait for each other.
    /// </summary>
    public int Lanes { get; set; } = 8;
}
