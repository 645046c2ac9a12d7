using Wijkverbinder.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var azurite = builder.AddAzurite("azurite");

builder.AddProject<Projects.Wijkverbinder_TeamsApp>("teamsapp", launchProfileName: "http")
    .WithEnvironment("ConnectionStrings__storage", AzuriteResourceExtensions.ConnectionString)
    .WithEnvironment("DemoData__Seed", "true")
    .WithEndpoint("http", endpoint => endpoint.IsProxied = false)
    .WithHttpHealthCheck("/health")
    .WaitFor(azurite);

builder.Build().Run();
