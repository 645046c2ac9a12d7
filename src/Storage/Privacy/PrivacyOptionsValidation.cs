using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Storage.Privacy;

/// <summary>
/// Checked at start, as the audit keys are (AuditOptionsValidation): the pseudonym key parses and is long enough, and
/// outside Development there is one (the development key is known to anyone who reads the code). A container without
/// a host environment (a test's service collection) counts as Development.
/// </summary>
internal sealed class PrivacyOptionsValidation(IServiceProvider services) : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PseudonymKey))
        {
            return services.GetService(typeof(IHostEnvironment)) is IHostEnvironment environment && !environment.IsDevelopment()
                ? ValidateOptionsResult.Fail("Privacy:PseudonymKey is not set: outside Development the pseudonyms of people in the audit log need their key (docs/deploy.md).")
                : ValidateOptionsResult.Success;
        }

        try
        {
            PseudonymKey.From(options);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
