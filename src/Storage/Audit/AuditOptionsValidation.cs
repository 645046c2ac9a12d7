using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.Storage.Audit;

/// <summary>
/// Checked at start: the keys parse, the current key is among them, and outside Development there are keys (the
/// development key is known to anyone who reads the code). A container without a host environment (a test's service
/// collection) counts as Development.
/// </summary>
internal sealed class AuditOptionsValidation(IServiceProvider services) : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Keys))
        {
            return services.GetService(typeof(IHostEnvironment)) is IHostEnvironment environment && !environment.IsDevelopment()
                ? ValidateOptionsResult.Fail("Audit:Keys is not set: outside Development the audit chain needs its keys (docs/deploy.md).")
                : ValidateOptionsResult.Success;
        }

        try
        {
            AuditKeyRing.From(options);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
