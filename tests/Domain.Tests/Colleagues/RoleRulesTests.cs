using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Tests.Colleagues;

/// <summary>The one role table of tabs and bot (docs/security.md, "The rules").</summary>
public sealed class RoleRulesTests
{
    [Theory]
    [InlineData(AppRole.Specialist, Capability.UseApp, true)]
    [InlineData(AppRole.Specialist, Capability.ViewNetwork, false)]
    [InlineData(AppRole.Specialist, Capability.Refer, false)]
    [InlineData(AppRole.SocialDistrictTeam, Capability.Refer, true)]
    [InlineData(AppRole.SocialDistrictTeam, Capability.PlanMeetings, false)]
    [InlineData(AppRole.SocialDistrictTeam, Capability.RegisterInitiative, false)]
    [InlineData(AppRole.DistrictTeam, Capability.RegisterInitiative, true)]
    [InlineData(AppRole.DistrictManager, Capability.PlanMeetings, true)]
    [InlineData(AppRole.DistrictManager, Capability.Administer, false)]
    [InlineData(AppRole.Administrator, Capability.Administer, true)]
    [InlineData(AppRole.Administrator, Capability.ViewNetwork, true)]
    [InlineData(AppRole.Administrator, Capability.Refer, false)]
    [InlineData(AppRole.DistrictTeam, Capability.EditProgramme, true)]
    [InlineData(AppRole.SocialDistrictTeam, Capability.EditProgramme, false)]
    [InlineData(AppRole.Administrator, Capability.EditProgramme, false)]
    [InlineData(AppRole.Administrator, Capability.BookResources, false)]
    [InlineData(AppRole.DistrictTeam, Capability.BookResources, true)]
    [InlineData(AppRole.Specialist, Capability.BookResources, false)]
    public void ARoleGivesExactlyItsCapabilities(AppRole role, Capability capability, bool allowed) =>
        Assert.Equal(allowed, RoleRules.Allows([role], capability));

    [Fact]
    public void NoRoleGivesNothingButOnesOwnConsent() =>
        Assert.All(Enum.GetValues<Capability>(), capability => Assert.Equal(capability is Capability.ManageOwnConsent, RoleRules.Allows([], capability)));

    [Theory]
    [InlineData(AppRole.Specialist)]
    [InlineData(AppRole.Administrator)]
    [InlineData(AppRole.SocialDistrictTeam)]
    public void EveryRoleManagesItsOwnConsent(AppRole role) => Assert.True(RoleRules.Allows([role], Capability.ManageOwnConsent));
}
