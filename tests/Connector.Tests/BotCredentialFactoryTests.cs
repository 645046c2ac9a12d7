using Azure.Identity;
using Wijkverbinder.Protocol.Connector;

namespace Wijkverbinder.Connector.Tests;

public sealed class BotCredentialFactoryTests
{
    [Fact]
    public void No_app_id_means_anonymous() => Assert.Null(BotCredentialFactory.Create(new BotCredentialOptions()));

    [Fact]
    public void A_client_secret_gives_a_client_secret_credential() =>
        Assert.IsType<ClientSecretCredential>(BotCredentialFactory.Create(
            new BotCredentialOptions { AppId = "app", TenantId = "tenant", ClientSecret = "secret" }));

    [Fact]
    public void A_certificate_path_gives_a_certificate_credential() =>
        Assert.IsType<ClientCertificateCredential>(BotCredentialFactory.Create(
            new BotCredentialOptions { AppId = "app", TenantId = "tenant", CertificatePath = "/certs/bot.pem" }));

    [Fact]
    public void A_managed_identity_bot_uses_its_app_id_as_client_id() =>
        Assert.IsType<ManagedIdentityCredential>(BotCredentialFactory.Create(
            new BotCredentialOptions { AppId = "app", UseManagedIdentity = true }));

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("secret", "/certs/bot.pem", false)]
    [InlineData("secret", null, true)]
    public void An_app_id_needs_exactly_one_way_to_prove_it(string? secret, string? certificate, bool managedIdentity) =>
        Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.Create(new BotCredentialOptions
        {
            AppId = "app", TenantId = "tenant", ClientSecret = secret, CertificatePath = certificate, UseManagedIdentity = managedIdentity,
        }));

    [Fact]
    public void A_secret_without_a_tenant_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => BotCredentialFactory.Create(new BotCredentialOptions { AppId = "app", ClientSecret = "s" }));
}
