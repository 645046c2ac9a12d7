using System.Text.Json.Nodes;

namespace Wijkverbinder.Package.Tests;

/// <summary>The Bicep CLI from NuGet compiles the templates once; the tests read the compiled ARM JSON.</summary>
public sealed class CompiledTemplate
{
    public CompiledTemplate()
    {
        var (exitCode, output, error) = Repo.Run(Repo.Bicep, Repo.Infra, "build", "main.bicep", "--stdout");
        Assert.True(exitCode == 0 && error.Trim().Length == 0, error);
        Json = JsonNode.Parse(output)!.AsObject();
        Resources = Flatten(Json).ToList();
    }

    public JsonObject Json { get; }

    /// <summary>Every resource, those of the modules (nested deployments) included.</summary>
    public IReadOnlyList<JsonObject> Resources { get; }

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals(r["type"]!.GetValue<string>(), type, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<JsonObject> Flatten(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject map => map.Select(p => p.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Flatten(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}

public sealed class BicepTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    public static TheoryData<string> BicepFiles() => [.. Directory.GetFiles(Repo.Infra, "*.bicep*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repo.Infra, f))];

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Every_bicep_file_lints_without_warnings(string file)
    {
        var (exitCode, output, error) = Repo.Run(Repo.Bicep, Repo.Infra, "lint", file, "--diagnostics-format", "sarif");
        Assert.True(exitCode == 0, error);
        var results = JsonNode.Parse(output)!["runs"]![0]!["results"]!.AsArray();
        Assert.True(results.Count == 0, results.ToJsonString());
    }

    [Fact]
    public void Storage_refuses_shared_keys_public_blobs_plain_http_and_old_tls()
    {
        var storage = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts"))["properties"]!;
        Assert.False(storage["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(storage["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.True(storage["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", storage["minimumTlsVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Both_apps_are_https_only_with_tls_1_2_and_managed_identities()
    {
        var sites = template.OfType("Microsoft.Web/sites").ToList();
        Assert.Equal(2, sites.Count);
        Assert.All(sites, site =>
        {
            Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
            Assert.Equal("1.2", site["properties"]!["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
            Assert.Equal("SystemAssigned, UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        });
        var functions = Assert.Single(sites, s => s["kind"]!.GetValue<string>().StartsWith("functionapp", StringComparison.Ordinal));
        Assert.Equal("dotnet-isolated", functions["properties"]!["functionAppConfig"]!["runtime"]!["name"]!.GetValue<string>());
        Assert.Contains(template.OfType("Microsoft.Web/serverfarms"), p => p["sku"]!["tier"]?.GetValue<string>() == "FlexConsumption");
    }

    [Fact]
    public void Role_assignments_give_storage_and_key_vault_access_to_both_apps()
    {
        // The role ids sit in the roles module's variables; its assignments loop over them.
        Assert.Equal(4, template.OfType("Microsoft.Authorization/roleAssignments").Count());
        var compiled = template.Json.ToJsonString();
        foreach (var role in new[] { "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "4633458b-17de-408a-b874-0445c86b69e6", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b" })
        {
            Assert.Contains(role, compiled, StringComparison.Ordinal);
        }

        Assert.Equal(2, template.OfType("Microsoft.Resources/deployments").Count(d => d["name"]!.GetValue<string>().StartsWith("roles-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Key_vault_uses_rbac_and_the_bot_has_the_teams_channel_and_no_multi_tenant_registration()
    {
        Assert.True(Assert.Single(template.OfType("Microsoft.KeyVault/vaults"))["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.Single(template.OfType("Microsoft.BotService/botServices/channels"));
        var allowed = template.Json["parameters"]!["botAppType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], allowed);
    }
}
