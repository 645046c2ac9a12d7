using System.Text.Json.Serialization;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>What <see cref="NetworkAnalysis"/> finds in a network; every finding carries what the page needs to explain it.</summary>
public sealed record NetworkAnalysisResult(
    IReadOnlyList<Cluster> Clusters,
    IReadOnlyList<ThemeCommunity> Communities,
    IReadOnlyList<Broker> Brokers,
    IReadOnlyList<ThemeBridge> Bridges,
    IReadOnlyList<SuggestedConnection> Suggestions)
{
    /// <summary>Each member's cluster number (0: no tie in the analysed network); the map carries it per node.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<MemberId, int> ClusterOf { get; init; } = new Dictionary<MemberId, int>();

    /// <summary>The members analysed.</summary>
    public int Members { get; init; }

    /// <summary>
    /// From how many members the shortest paths for <see cref="Brokers"/> were counted: all of them (exact), or fewer
    /// in a large network, where the scores are estimates the page says so.
    /// </summary>
    public int BrokerSources { get; init; }

    [JsonIgnore]
    public bool BrokersEstimated => BrokerSources < Members;
}
