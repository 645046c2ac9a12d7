using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>
/// The reference-data part of the network store, plus members without stored ties: read for the meeting suggestions,
/// read and changed one at a time for the contact-consent section. Tie operations are not used by these pages.
/// </summary>
internal sealed class InMemoryMunicipalityStore(Municipality municipality, params Member[] members) : INetworkStore
{
    public List<Tie> Ties { get; } = [];

    public Municipality Municipality { get; private set; } = municipality;

    public int Saves { get; private set; }

    public List<Member> Members { get; } = [.. members];

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

    public Task<MemberWithTies?> GetMemberAsync(MemberId id, CancellationToken cancellationToken) =>
        Task.FromResult(Members.FirstOrDefault(m => m.Id == id) is { } member ? new MemberWithTies(member, []) : null);

    public Task<NetworkView> GetDistrictNetworkAsync(District district, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<NetworkView> GetAreaNetworkAsync(AreaId area, CancellationToken cancellationToken) =>
        Task.FromResult(new NetworkView([.. Members.Where(m => m.Id.Area == area)], [.. Ties]));

    public Task<IReadOnlyList<Member>> FindMembersByNameAsync(AreaId area, string namePrefix, int maxResults, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<MemberId, Member>> GetMembersAsync(AreaId area, IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<MemberId, Member>>(Members.Where(m => ids.Contains(m.Id)).ToDictionary(m => m.Id));

    public Task<MemberWithTies> CreateMemberAsync(Member member, IReadOnlyList<Tie> ties, IReadOnlyDictionary<MemberId, Member> counterparts, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Member> UpdateMemberAsync(Member member, IReadOnlyList<Tie> ties, CancellationToken cancellationToken)
    {
        var index = Members.FindIndex(m => m.Id == member.Id);
        if (index < 0 || Members[index].Version != member.Version)
        {
            throw new VersionConflictException();
        }

        Members[index] = member with { Version = Guid.NewGuid().ToString() };
        return Task.FromResult(Members[index]);
    }

    public Task<Tie> AddTieAsync(Tie tie, Member counterpart, Member owner, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Tie> UpdateTieAsync(Tie tie, MemberId reader, CancellationToken cancellationToken) => throw new NotSupportedException();
}
