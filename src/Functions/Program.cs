using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.ServiceDefaults;

var builder = FunctionsApplication.CreateBuilder(args);
builder.AddServiceDefaults();

// The worker's traces and logs join the host's invocation of each function (a queue message, a timer); host.json's
// telemetryMode makes the host report with OpenTelemetry too, so the two do not both send the worker's logs.
builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
builder.Services.AddNotificationDispatch(builder.Configuration);
builder.Build().Run();
