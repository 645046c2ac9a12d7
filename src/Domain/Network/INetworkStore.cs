namespace Wijkverbinder.Domain.Network;

/// <summary>
/// Where the network is kept. Implementations refuse a stale write with <see cref="VersionConflictException"/>
/// and never overwrite a newer version silently.
/// </summary>
public interface INetworkStore
{
    Task<IReadOnlyList<MunicipalitySummary>> ListMunicipalitiesAsync(CancellationToken cancellationToken);

    Task<Municipality?> GetMunicipalityAsync(string code, CancellationToken cancellationToken);

    /// <summary>Writes a municipality's areas, districts and themes (reference data; demo seed and administration).</summary>
    Task SaveMunicipalityAsync(Municipality municipality, CancellationToken cancellationToken);

    Task<NetworkView> GetDistrictNetworkAsync(District district, CancellationToken cancellationToken);

    Task<NetworkView> GetAreaNetworkAsync(AreaId area, CancellationToken cancellationToken);

    /// <summary>Members of an area whose name starts with <paramref name="namePrefix"/> (ordinal, case-sensitive).</summary>
    Task<IReadOnlyList<Member>> FindMembersByNameAsync(AreaId area, string namePrefix, int maxResults, CancellationToken cancellationToken);

    Task<MemberWithTies?> GetMemberAsync(MemberId id, CancellationToken cancellationToken);

    /// <summary>The members of one area among <paramref name="ids"/>; missing ones are absent from the result.</summary>
    Task<IReadOnlyDictionary<MemberId, Member>> GetMembersAsync(AreaId area, IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken);

    /// <summary>Writes a new member and its ties at once, or nothing at all.</summary>
    Task<MemberWithTies> CreateMemberAsync(Member member, IReadOnlyList<Tie> ties, IReadOnlyDictionary<MemberId, Member> counterparts, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a member read at <see cref="Member.Version"/>; refuses if it changed since. <paramref name="ties"/> are
    /// the member's current ties, whose stored copies follow the member's districts.
    /// </summary>
    Task<Member> UpdateMemberAsync(Member member, IReadOnlyList<Tie> ties, CancellationToken cancellationToken);

    Task<Tie> AddTieAsync(Tie tie, Member counterpart, Member owner, CancellationToken cancellationToken);

    /// <summary>
    /// Updates the dates of a tie whose side owned by <paramref name="reader"/> was read at <see cref="Tie.Version"/>;
    /// refuses if it changed since.
    /// </summary>
    Task<Tie> UpdateTieAsync(Tie tie, MemberId reader, CancellationToken cancellationToken);
}
