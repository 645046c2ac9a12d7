using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Wijkverbinder.TeamsApp.Audit;

/// <summary>
/// Reads action and object from the matched route, so one filter serves every endpoint: the action is the method and
/// the route pattern (with the "action" parameter filled in: "POST /api/tab/referrals/{id}/accept"), the object the
/// last literal segment that is followed by a parameter and that parameter's value ("referral", its id).
/// </summary>
internal static class AuditedRoute
{
    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["referrals"] = "referral",
        ["members"] = "member",
        ["initiatives"] = "member",
        ["partners"] = "member",
        ["people"] = "member",
        ["ties"] = "tie",
        ["districts"] = "district",
        ["areas"] = "area",
        ["municipalities"] = "municipality",
        ["colleagues"] = "colleague",
        ["routing-rules"] = "routingRule",
        ["requests"] = "referral",
        ["years"] = "budgetYear",
        ["resources"] = "resource",
        ["bookings"] = "booking",
        ["themes"] = "theme",
    };

    public static (string Action, string ObjectType, string? ObjectId) Of(HttpContext context)
    {
        var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern;
        if (pattern is null)
        {
            return ($"{context.Request.Method} ?", "unknown", null);
        }

        var action = new StringBuilder(context.Request.Method).Append(' ');
        string? lastLiteral = null;
        (string Type, string? Id)? subject = null;
        foreach (var segment in pattern.PathSegments)
        {
            action.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        action.Append(literal.Content);
                        lastLiteral = literal.Content;
                        break;
                    case RoutePatternParameterPart { Name: "action" } verb:
                        action.Append(context.GetRouteValue(verb.Name));
                        break;
                    case RoutePatternParameterPart parameter:
                        action.Append('{').Append(parameter.Name).Append('}');
                        if (lastLiteral is not null)
                        {
                            subject = (lastLiteral, context.GetRouteValue(parameter.Name)?.ToString());
                            lastLiteral = null;
                        }

                        break;
                }
            }
        }

        var (type, id) = subject ?? (lastLiteral ?? "unknown", null);
        return (action.ToString(), Singular.GetValueOrDefault(type, type), id);
    }
}
