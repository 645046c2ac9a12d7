using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Wijkverbinder.ServiceDefaults;
using Wijkverbinder.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddNetworkStorage(builder.Configuration);
builder.Build().Run();
