using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Audit;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>One TeamsApp host (Development, as the tests run it) and one seeded town for the whole matrix.</summary>
public sealed class MatrixHost : IAsyncLifetime
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private TeamsAppFactory? app;
    private StubConnector? connector;

    public MatrixTown Town { get; private set; } = null!;

    public AzuriteFixture Azurite { get; private set; } = null!;

    public TeamsAppFactory App => app!;

    public async Task<MatrixHost> StartAsync(AzuriteFixture azurite)
    {
        await gate.WaitAsync();
        try
        {
            if (app is null)
            {
                Azurite = azurite;
                Town = await MatrixTown.CreateAsync(azurite);
                connector = await StubConnector.StartAsync();
                app = new TeamsAppFactory(azurite)
                {
                    Settings = { ["Wijkverbinder:MunicipalityCode"] = Town.Code, ["Budget:BoardOfficial"] = Town[Persona.Specialist].Id.Value },
                };
                app.CreateClient().Dispose();
                await Town.AttachAsync(app.Services);
            }

            return this;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>"METHOD /route/{parameter}" of every endpoint the host maps (ANY when it names no method).</summary>
    public static IReadOnlySet<string> EndpointKeys(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {Route(e)}"))
            .ToHashSet(StringComparer.Ordinal);

    public Task<HttpResponseMessage> SendAsync(Colleague who, MatrixRequest request) =>
        SendAsync(who, request.Method!, request.Url!, request.Body is null ? null : JsonContent.Create(request.Body));

    /// <summary>A request with a body as given, JSON or not (<see cref="TabApiBadInputTests"/>).</summary>
    public Task<HttpResponseMessage> SendRawAsync(Colleague who, HttpMethod method, string url, string? body) =>
        SendAsync(who, method, url, body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    private async Task<HttpResponseMessage> SendAsync(Colleague who, HttpMethod method, string url, HttpContent? content)
    {
        var message = new HttpRequestMessage(method, url) { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", App.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return await App.CreateClient().SendAsync(message);
    }

    public Task<JsonObject> PressAsync(Colleague who, MatrixRequest request) =>
        new BotConversation(App.CreateClient(), connector!, userObjectId: who.Id.Value).PressAsync(request.Verb!, request.Data!.DeepClone().AsObject());

    /// <summary>The audit records written since <paramref name="afterSequence"/>, oldest first.</summary>
    public async Task<List<TableEntity>> AuditSinceAsync(long afterSequence) =>
        (await AuditRowsReader.RowsAsync(Azurite, Town.Code)).Where(r => r.GetInt64("Sequence") > afterSequence).OrderBy(r => r.GetInt64("Sequence")).ToList();

    public async Task<long> LastAuditSequenceAsync() =>
        (await AuditRowsReader.RowsAsync(Azurite, Town.Code)).Select(r => r.GetInt64("Sequence") ?? 0).DefaultIfEmpty(0).Max();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (connector is not null)
        {
            await connector.DisposeAsync();
        }

        gate.Dispose();
    }

    private static string Route(RouteEndpoint endpoint)
    {
        var segments = endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "{" + (parameter.IsCatchAll ? "*" : string.Empty) + parameter.Name + "}",
            _ => "?",
        })));
        return "/" + string.Join("/", segments);
    }
}
