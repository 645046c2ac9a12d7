using Wijkverbinder.IntegrationTests.Dispatch;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>An ampersand and a script tag in a referral's summary reach the official's mail HTML encoded, never as markup.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MailEncodingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnAmpersandAndAScriptInTheSummaryAreEncodedInTheMail()
    {
        await using var host = await DispatchHost.StartAsync(azurite);

        await host.CreateAsync(host.Draft("Fiets & buurt <script>alert(1)</script>", details: null));
        await host.DrainAsync();

        var mail = Assert.Single(host.Mails());
        Assert.Contains("Fiets &amp; buurt &lt;script&gt;alert(1)&lt;/script&gt;", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Fiets & buurt", mail.Html, StringComparison.Ordinal);
    }
}
