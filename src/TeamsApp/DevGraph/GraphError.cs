namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>Graph's error body: {"error":{"code":…,"message":…}}.</summary>
internal static class GraphError
{
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
