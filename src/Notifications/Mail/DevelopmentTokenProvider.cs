using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// The local stand-in needs no sign-in; a fixed bearer keeps the requests shaped like real Graph calls. Only used for a
/// loopback base URL, so the token never leaves the machine.
/// </summary>
internal sealed class DevelopmentTokenProvider : IAuthenticationProvider
{
    public const string Token = "wijkverbinder-development-token";

    public Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.TryAdd("Authorization", $"Bearer {Token}");
        return Task.CompletedTask;
    }
}
