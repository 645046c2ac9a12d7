using System.Net;
using System.Text.Json;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// Bad input on every tab API endpoint (docs/security.md; the other APIs have <c>Api/BadInputTests</c>): each body the
/// matrix sends is broken in every way <see cref="BadInput"/> knows, and each id in a route replaced by one of another
/// form, sent by a caller the row allows. No answer is a 5xx or a 429; a 400 carries problem details; a refused request
/// writes nothing to any table; and a text with a control character is never accepted.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabApiBadInputTests(AzuriteFixture azurite, MatrixHost shared) : IClassFixture<MatrixHost>
{
    private static readonly Dictionary<string, MatrixRow> ByKey = AuthorizationMatrix.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);

    public static TheoryData<string> RowsWithABody() =>
        [.. AuthorizationMatrix.Rows.Where(r => r.Kind == MatrixKind.TabApi && !r.Key.StartsWith("GET ", StringComparison.Ordinal)).Select(r => r.Key)];

    public static TheoryData<string> RowsWithAnId() =>
        [.. AuthorizationMatrix.Rows.Where(r => r.Kind == MatrixKind.TabApi && r.Key.Contains('{', StringComparison.Ordinal)).Select(r => r.Key)];

    [Theory]
    [MemberData(nameof(RowsWithABody))]
    public async Task EveryBrokenBodyIsRefusedWithProblemDetailsAndChangesNothing(string key)
    {
        var (host, row, who) = await StartAsync(key);
        var valid = await row.Call!(host.Town);
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(valid.Body ?? new { }))!;

        var failures = new List<string>();
        foreach (var (what, broken, mustRefuse) in BadInput.Bodies(body))
        {
            var failure = await SendAsync(host, who, valid.Method!, valid.Url!, broken, mustRefuse);
            if (failure is not null)
            {
                failures.Add($"{what}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, $"{key}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(RowsWithAnId))]
    public async Task EveryIdOfAnotherFormIsRefusedAndChangesNothing(string key)
    {
        var (host, row, who) = await StartAsync(key);
        var valid = await row.Call!(host.Town);
        var body = valid.Body is null ? null : JsonSerializer.Serialize(valid.Body);
        var template = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split('/');
        var segments = valid.Url!.Split('/');

        var failures = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            // The {action} of a decision is a word of the route, not an id; an unknown one is refused like the rest.
            if (!template[i].StartsWith('{'))
            {
                continue;
            }

            foreach (var value in BadInput.RouteValues())
            {
                var url = string.Join('/', segments.Select((s, j) => j == i ? value : s));
                var failure = await SendAsync(host, who, valid.Method!, url, body, mustRefuse: false);
                if (failure is not null)
                {
                    failures.Add($"{template[i]} = {value[..Math.Min(value.Length, 20)]}: {failure}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{key}:\n" + string.Join("\n", failures));
    }

    private async Task<(MatrixHost Host, MatrixRow Row, Domain.Colleagues.Colleague Who)> StartAsync(string key)
    {
        var host = await shared.StartAsync(azurite);
        var row = ByKey[key];

        // Someone the row allows, so the request passes the door and reaches what reads the input.
        return (host, row, host.Town[row.Allowed.Order().First()]);
    }

    /// <summary>What is wrong with the answer to one bad request, or null when it is answered as it should.</summary>
    private async Task<string?> SendAsync(MatrixHost host, Domain.Colleagues.Colleague who, HttpMethod method, string url, string? body, bool mustRefuse)
    {
        var before = await TableSnapshot.TakeAsync(azurite);
        using var response = await host.SendRawAsync(who, method, url, body);
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return $"{status} {await response.Content.ReadAsStringAsync()}";
        }

        if (status < 400)
        {
            // Accepted: a field the endpoint may leave out, or a body it does not read; never a control character.
            return mustRefuse ? $"{status}: accepted" : null;
        }

        if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"400 without problem details ({response.Content.Headers.ContentType?.MediaType})";
        }

        var after = await TableSnapshot.TakeAsync(azurite);
        return before.SetEquals(after) ? null : $"{status} but changed {string.Join("; ", after.Except(before).Take(3))}";
    }
}
