using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.IntegrationTests.Infrastructure;

internal static class RegistryTestExtensions
{
    /// <summary>Creates a member that must be accepted; the test fails with the reasons if it is refused.</summary>
    public static async Task<MemberWithTies> CreateValidAsync(this NetworkRegistry registry, Member draft, params TieInput[] ties)
    {
        var result = await registry.CreateMemberAsync(draft, ties, CancellationToken.None);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Code}")));
        return result.Value!;
    }

    public static TieInput TieTo(this MemberWithTies other, TieType type, DateOnly? since = null, DateOnly? lastContact = null) =>
        new(other.Member.Id.ToString(), type, since, lastContact);
}
