using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>The reference-data part of the network store, and reading a fixed set of members (the meeting suggestions); no writes of members.</summary>
internal sealed class InMemoryMunicipalityStore(Municipality municipality, params Member[] members) : INetworkStore
{
    public List<Tie> Ties { get; } = [];

    public Municipality Municipality { get; private set; } = municipality;

    public int Saves { get; private set; }

    public Task<IReadOnlyList<MunicipalitySummary>> ListMunicipalitiesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MunicipalitySummary>>([new MunicipalitySummary(Municipality.Code, Municipality.Name)]);

    public Task<Municipality?> GetMunicipalityAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(code == Municipality.Code ? Municipality : null);

    public Task SaveMunicipalityAsync(Municipality municipality, CancellationToken cancellationToken)
    {
        Municipality = municipality;
        Saves++;
        return Task.CompletedTask;
    }

    public Task<MemberWithTies?> GetMemberAsync(MemberId id, CancellationToken cancellationToken) => Task.FromResult<MemberWithTies?>(null);

    public Task<NetworkView> GetDistrictNetworkAsync(District district, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<NetworkView> GetAreaNetworkAsync(AreaId area, CancellationToken cancellationToken) =>
        Task.FromResult(new NetworkView([.. members.Where(m => m.Id.Area == area)], [.. Ties]));

    public Task<IReadOnlyList<Member>> FindMembersByNameAsync(AreaId area, string namePrefix, int maxResults, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<MemberId, Member>> GetMembersAsync(AreaId area, IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<MemberId, Member>>(members.Where(m => ids.Contains(m.Id)).ToDictionary(m => m.Id));

    public Task<MemberWithTies> CreateMemberAsync(Member member, IReadOnlyList<Tie> ties, IReadOnlyDictionary<MemberId, Member> counterparts, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Member> UpdateMemberAsync(Member member, IReadOnlyList<Tie> ties, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Tie> AddTieAsync(Tie tie, Member counterpart, Member owner, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Tie> UpdateTieAsync(Tie tie, MemberId reader, CancellationToken cancellationToken) => throw new NotSupportedException();
}
