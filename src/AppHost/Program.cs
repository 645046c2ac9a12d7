using Wijkverbinder.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var azurite = builder.AddAzurite("azurite");

var teamsApp = builder.AddProject<Projects.Wijkverbinder_TeamsApp>("teamsapp", launchProfileName: "http")
    .WithEnvironment("ConnectionStrings__storage", AzuriteResourceExtensions.ConnectionString)
    .WithEnvironment("DemoData__Seed", "true")
    .WithEnvironment("Jobs__RunInProcess", "true")
    .WithEndpoint("http", endpoint => endpoint.IsProxied = false)
    .WithHttpHealthCheck("/health")
    .WaitFor(azurite);

builder.AddAgentsPlayground("playground", "http://localhost:3978/api/messages")
    .WaitFor(teamsApp);

var app = builder.Build();
Console.WriteLine("Wijkverbinder: the bot answers in Agents Playground at http://localhost:56150; the API is on http://localhost:3978; logs and traces on the dashboard (login link below).");
app.Run();
