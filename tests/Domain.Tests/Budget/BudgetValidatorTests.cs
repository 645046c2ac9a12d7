using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Tests.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Budget;

public sealed class BudgetValidatorTests
{
    [Fact]
    public void AValidRequestPasses() =>
        Assert.Empty(BudgetValidator.Validate(BudgetSamples.Draft(), ReferralSamples.Town, ReferralSamples.Today));

    [Fact]
    public void EveryMissingFieldIsNamedAtOnce()
    {
        var errors = BudgetValidator.Validate(new BudgetDraft(), ReferralSamples.Town, ReferralSamples.Today);

        Assert.Equal(
            ["amount", "district", "initiative", "purpose", "residentContribution", "startDate", "themes"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal).ToArray());
        Assert.All(errors, e => Assert.Equal(ValidationCodes.Required, e.Code));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10.005")]
    [InlineData("100000000.01")]
    public void AnAmountMustBePositiveWholeCentsAndNotTooLarge(string amount)
    {
        var draft = BudgetSamples.Draft() with { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) };

        var error = Assert.Single(BudgetValidator.Validate(draft, ReferralSamples.Town, ReferralSamples.Today));

        Assert.Equal(("amount", ValidationCodes.InvalidAmount), (error.Field, error.Code));
    }

    [Fact]
    public void AThemeMustBeOneTheAreaWorksOn()
    {
        var town = ReferralSamples.Town with
        {
            Areas = [.. ReferralSamples.Town.Areas.Select(a => a.Id == ReferralSamples.AreaA ? a with { ThemeIds = ["armoede"] } : a)],
        };

        var errors = BudgetValidator.Validate(BudgetSamples.Draft() with { Themes = ["meedoen", "sport"] }, town, ReferralSamples.Today);

        Assert.Contains(errors, e => e.Code == ValidationCodes.ThemeNotInArea && (string)e.Arguments[0] == "meedoen");
        Assert.Contains(errors, e => e.Code == ValidationCodes.UnknownTheme && (string)e.Arguments[0] == "sport");
    }
}
