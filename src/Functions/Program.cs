using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.ServiceDefaults;

var builder = FunctionsApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddNotificationDispatch(builder.Configuration);
builder.Build().Run();
