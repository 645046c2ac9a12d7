using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Programme;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Programme;

public sealed class ProgrammeAccessTests
{
    [Theory]
    [InlineData(AppRole.DistrictTeam, "WK020202", true)]
    [InlineData(AppRole.DistrictManager, "WK020202", true)]
    [InlineData(AppRole.DistrictTeam, OtherDistrict, false)]
    [InlineData(AppRole.SocialDistrictTeam, "WK020202", false)]
    [InlineData(AppRole.Administrator, "WK020202", false)]
    public void TheWijkteamAndWijkmanagersOfTheAreaMayEdit(AppRole role, string district, bool allowed) =>
        Assert.Equal(allowed, ProgrammeAccess.MayEdit([role], [district], Town.FindArea(AreaA)!));
}
