using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using SkiaSharp;
using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot;
using Wijkverbinder.TeamsApp.Tabs.Configuration;

namespace Wijkverbinder.Package.Tests;

public sealed class ManifestTests(AppPackage package) : IClassFixture<AppPackage>
{
    private static readonly string[] TabRoutes = typeof(BotCommand).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).ToArray();

    [Fact]
    public void Package_holds_the_manifest_its_localisation_and_both_icons()
    {
        Assert.Equal(["manifest.json", "en-us.json", "color.png", "outline.png"], package.Entries);
        Assert.DoesNotContain("${", File.ReadAllText(package.FilePath("manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_and_localisation_are_valid_against_the_official_schema_of_their_version()
    {
        var version = package.Manifest["manifestVersion"]!.GetValue<string>();
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", package.Manifest["$schema"]!.GetValue<string>());
        var schemas = Path.Combine(Repo.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams", $"v{version}");
        var (exitCode, output, error) = Repo.Run("node", Repo.Root, Path.Combine(Repo.Root, "tests", "Package.Tests", "validate-manifest.cjs"),
            Repo.NodeModules, Path.Combine(schemas, "MicrosoftTeams.schema.json"), package.FilePath("manifest.json"),
            Path.Combine(schemas, "MicrosoftTeams.Localization.schema.json"), package.FilePath("en-us.json"));
        Assert.True(exitCode == 0, output + error);
    }

    [Fact]
    public void Colour_icon_is_192_square_and_opaque()
    {
        using var bitmap = SKBitmap.Decode(package.FilePath("color.png"));
        Assert.Equal((192, 192), (bitmap.Width, bitmap.Height));
        Assert.All(bitmap.Pixels, p => Assert.Equal(255, p.Alpha));
    }

    [Fact]
    public void Outline_icon_is_32_square_white_on_transparent()
    {
        using var bitmap = SKBitmap.Decode(package.FilePath("outline.png"));
        Assert.Equal((32, 32), (bitmap.Width, bitmap.Height));
        Assert.All(bitmap.Pixels, p => Assert.True(p.Alpha == 0 || (p.Red, p.Green, p.Blue) == (255, 255, 255), p.ToString()));
        Assert.Contains(bitmap.Pixels, p => p.Alpha == 0);
        Assert.Contains(bitmap.Pixels, p => p.Alpha == 255);
    }

    [Fact]
    public void Every_command_in_both_languages_is_a_word_the_bot_understands()
    {
        var dutch = package.Manifest["bots"]!.AsArray().SelectMany(b => b!["commandLists"]!.AsArray())
            .SelectMany(l => l!["commands"]!.AsArray()).Select(c => c!["title"]!.GetValue<string>())
            .ToList();
        var english = JsonNode.Parse(File.ReadAllText(package.FilePath("en-us.json")))!.AsObject()
            .Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal)).Select(p => p.Value!.GetValue<string>())
            .ToList();
        var titles = dutch.Concat(english).ToList();

        // Every Dutch command has its English title, and there are the seven the help card names at least.
        Assert.Equal(dutch.Count, english.Count);
        Assert.True(dutch.Count >= 7, $"{dutch.Count} commands");
        Assert.All(titles, title => Assert.NotEqual(BotCommandKind.Unknown, BotCommand.From(new Activity { Text = title }).Kind));
    }

    [Fact]
    public void Every_tab_url_is_a_page_of_the_app_on_the_valid_domain_with_locale_and_theme()
    {
        var host = Assert.Single(package.Manifest["validDomains"]!.AsArray())!.GetValue<string>();
        var urls = package.Manifest["staticTabs"]!.AsArray().Select(t => t!["contentUrl"]!)
            .Concat(package.Manifest["configurableTabs"]!.AsArray().Select(t => t!["configurationUrl"]!))
            .Select(u => new Uri(u.GetValue<string>())).ToList();
        Assert.Equal(5, urls.Count);
        Assert.All(urls, url =>
        {
            Assert.Equal((Uri.UriSchemeHttps, host), (url.Scheme, url.Host));
            Assert.Contains(url.AbsolutePath, TabRoutes);
            Assert.Equal("?locale={locale}&theme={theme}", Uri.UnescapeDataString(url.Query));
        });
    }

    [Fact]
    public void The_one_configurable_tab_the_schema_allows_opens_the_page_that_offers_both_the_status_and_the_programme()
    {
        // v1.27: configurableTabs has maxItems 1, so one configuration page offers every kind of channel tab.
        var tab = Assert.Single(package.Manifest["configurableTabs"]!.AsArray())!;
        Assert.Equal("/" + ChannelTabKinds.ConfigurePath, new Uri(tab["configurationUrl"]!.GetValue<string>()).AbsolutePath);
        // Each kind's own configuration page is a page of the app, and there is no other.
        var kinds = Enum.GetValues<ChannelTabKind>().Select(kind => "/" + ChannelTabKinds.PathOf(kind)).Append("/" + ChannelTabKinds.ConfigurePath);
        Assert.Equal(kinds.Order(StringComparer.Ordinal), TabRoutes.Where(route => route.EndsWith("configure", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.True(tab["canUpdateConfiguration"]!.GetValue<bool>());
    }

    [Fact]
    public void Referrals_tab_has_the_entity_id_the_deep_links_use()
    {
        var referrals = package.Manifest["staticTabs"]!.AsArray().Single(t => t!["contentUrl"]!.GetValue<string>().Contains("/tabs/referrals?", StringComparison.Ordinal))!;
        Assert.Equal(Wijkverbinder.Notifications.Referrals.ReferralViews.ReferralsTabEntityId, referrals["entityId"]!.GetValue<string>());
    }

    [Fact]
    public void Sso_resource_is_the_application_id_uri_the_app_expects()
    {
        var info = package.Manifest["webApplicationInfo"]!;
        var host = package.Manifest["validDomains"]![0]!.GetValue<string>();
        Assert.Equal($"api://{host}/{info["id"]!.GetValue<string>()}", info["resource"]!.GetValue<string>());
        Assert.Equal("/api/messages", BotMessagesEndpointExtensions.DefaultPattern);
    }
}
