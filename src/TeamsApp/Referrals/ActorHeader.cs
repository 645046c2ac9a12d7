using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>
/// Who acts, while the API has no sign-in: the colleague id in the X-Wijkverbinder-Actor header. The API is mapped
/// in Development on loopback only; Teams SSO ([Tabs]) replaces this header with the signed-in user.
/// </summary>
internal static class ActorHeader
{
    public const string Name = "X-Wijkverbinder-Actor";

    public static ColleagueId? Read(HttpContext context, List<ValidationError> errors)
    {
        var value = context.Request.Headers[Name].ToString();
        if (ColleagueId.TryParse(value, out var id))
        {
            return id;
        }

        errors.Add(new(Name, string.IsNullOrEmpty(value) ? ValidationCodes.Required : ValidationCodes.InvalidFormat));
        return null;
    }
}
