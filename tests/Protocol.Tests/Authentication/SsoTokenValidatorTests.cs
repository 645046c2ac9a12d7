using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wijkverbinder.Protocol.Authentication.Sso;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.Protocol.Tests.Authentication;

/// <summary>
/// The tab token check, against a local stand-in for the tenant's Entra metadata with a key of the test's own: every
/// way a token can be wrong is refused with its own reason, and a good v1 or v2 token yields the user.
/// </summary>
public sealed class SsoTokenValidatorTests : IAsyncLifetime
{
    private const string Tenant = "7d1c0a52-3b4e-4f6a-9c21-5e8f0b1a2c3d";
    private const string OtherTenant = "11111111-2222-3333-4444-555555555555";
    private const string ClientId = "5d7b2c1e-8f4a-4f6b-9c3d-2a1e0b9f8c71";
    private const string AppIdUri = "api://wijkverbinder.example/" + ClientId;
    private const string V1Issuer = "https://sts.windows.net/" + Tenant + "/";
    private const string V2Issuer = "https://login.microsoftonline.com/" + Tenant + "/v2.0";
    private const string UserId = "0b5d3c1a-9e8f-4a7b-8c6d-5e4f3a2b1c0d";

    private readonly SigningKey tenantKey = new("tenant-key");
    private readonly SigningKey strangerKey = new("stranger-key");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private OpenIdMetadataServer metadata = null!;
    private ServiceProvider services = null!;
    private SsoTokenValidator validator = null!;

    public async Task InitializeAsync()
    {
        metadata = await OpenIdMetadataServer.StartAsync();
        metadata.Publish(Tenant, tenantKey);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddTeamsSso(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sso:TenantId"] = Tenant,
            ["Sso:ClientId"] = ClientId,
            ["Sso:ApplicationIdUri"] = AppIdUri,
            ["Sso:EntraMetadataUrl"] = metadata.EntraMetadataUrlTemplate,
            ["Sso:RequireHttpsMetadata"] = "false",
        }).Build());
        services = collection.BuildServiceProvider();
        validator = services.GetRequiredService<SsoTokenValidator>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await metadata.DisposeAsync();
        tenantKey.Dispose();
        strangerKey.Dispose();
    }

    [Theory]
    [InlineData(V2Issuer, ClientId)]
    [InlineData(V1Issuer, AppIdUri)]
    public async Task AGoodTokenOfTheTenantNamesTheUserAndTheirRoles(string issuer, string audience)
    {
        var result = await validator.ValidateAsync(Token(issuer: issuer, audience: audience), CancellationToken.None);

        Assert.True(result.IsValid, result.Failure.ToString());
        Assert.Equal(UserId, result.Identity!.ObjectId);
        Assert.Equal(Tenant, result.Identity.TenantId);
        Assert.Equal("Alex Wilber", result.Identity.Name);
        Assert.Equal(["Wijkteam", "Specialist"], result.Identity.Roles);
    }

    [Fact]
    public async Task ATokenWithoutRolesIsValidAndNamesNone()
    {
        var result = await validator.ValidateAsync(Token(roles: []), CancellationToken.None);

        Assert.True(result.IsValid);
        Assert.Empty(result.Identity!.Roles);
    }

    public static TheoryData<string, SsoFailure> Refusals => new()
    {
        { "missing", SsoFailure.Missing },
        { "malformed", SsoFailure.Malformed },
        { "wrong audience", SsoFailure.WrongAudience },
        { "another app's api uri", SsoFailure.WrongAudience },
        { "another tenant", SsoFailure.WrongTenant },
        { "a foreign issuer with our tid", SsoFailure.WrongIssuer },
        { "expired", SsoFailure.Expired },
        { "not yet valid", SsoFailure.Expired },
        { "signed by a stranger with our key id", SsoFailure.BadSignature },
        { "an unknown key id", SsoFailure.UnknownSigningKey },
        { "no user", SsoFailure.NoUser },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task EveryWrongTokenIsRefusedWithItsReason(string what, SsoFailure expected)
    {
        var token = what switch
        {
            "missing" => "",
            "malformed" => "not.a.jwt",
            "wrong audience" => Token(audience: "00000000-0000-0000-0000-000000000abc"),
            "another app's api uri" => Token(issuer: V1Issuer, audience: "api://elsewhere.example/" + ClientId),
            "another tenant" => Token(tenant: OtherTenant, issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0"),
            "a foreign issuer with our tid" => Token(issuer: "https://issuer.example/" + Tenant),
            "expired" => Token(validFrom: TimeSpan.FromHours(-2)),
            "not yet valid" => Token(validFrom: TimeSpan.FromMinutes(10)),
            "signed by a stranger with our key id" => Token(key: new RsaSecurityKey(((RsaSecurityKey)strangerKey.SecurityKey).Rsa) { KeyId = tenantKey.KeyId }),
            "an unknown key id" => Token(key: strangerKey.SecurityKey),
            "no user" => Token(objectId: null),
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        var result = await validator.ValidateAsync(token, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Failure);
    }

    [Fact]
    public async Task WithoutATenantAndAudienceConfiguredEveryTokenIsRefused()
    {
        var unconfigured = new SsoTokenValidator(Microsoft.Extensions.Options.Options.Create(new SsoOptions()), [], clock);

        var result = await unconfigured.ValidateAsync(Token(), CancellationToken.None);

        Assert.Equal(SsoFailure.NotConfigured, result.Failure);
    }

    private string Token(
        string issuer = V2Issuer,
        string audience = ClientId,
        string tenant = Tenant,
        string? objectId = UserId,
        string[]? roles = null,
        TimeSpan? validFrom = null,
        SecurityKey? key = null)
    {
        var notBefore = clock.GetUtcNow() + (validFrom ?? TimeSpan.FromMinutes(-1));
        var claims = new List<Claim> { new("tid", tenant), new("name", "Alex Wilber") };
        if (objectId is not null)
        {
            claims.Add(new("oid", objectId));
        }

        claims.AddRange((roles ?? ["Wijkteam", "Specialist"]).Select(role => new Claim("roles", role)));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (notBefore + TimeSpan.FromHours(1)).UtcDateTime,
            SigningCredentials = new SigningCredentials(key ?? tenantKey.SecurityKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
