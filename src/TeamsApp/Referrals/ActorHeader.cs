using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Tabs.Api;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>
/// Who acts: on the tab API, the user signed in with Teams SSO; on the development API (Development, loopback only),
/// the colleague id in the X-Wijkverbinder-Actor header.
/// </summary>
internal static class ActorHeader
{
    public const string Name = "X-Wijkverbinder-Actor";

    public static ColleagueId? Read(HttpContext context, List<ValidationError> errors)
    {
        if (TabApiUser.Find(context) is { } user)
        {
            return user.Id;
        }

        var value = context.Request.Headers[Name].ToString();
        if (ColleagueId.TryParse(value, out var id))
        {
            return id;
        }

        errors.Add(new(Name, string.IsNullOrEmpty(value) ? ValidationCodes.Required : ValidationCodes.InvalidFormat));
        return null;
    }
}
