using Wijkverbinder.ServiceDefaults;
using Wijkverbinder.Protocol.Hosting;
using Wijkverbinder.TeamsApp.DevGraph;
using Wijkverbinder.TeamsApp.Hosting;
using Wijkverbinder.TeamsApp.Jobs;
using Wijkverbinder.TeamsApp.Network;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Tabs;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTeamsAppServices();

var app = builder.Build();
app.UseTeamsAppPipeline();
app.MapDefaultEndpoints();
app.MapNetworkApi();
app.MapReferralApi();
app.MapBotMessages();
app.MapDevGraph();
app.MapPoisonAdminApi();
app.MapTabs();
app.Run();

/// <summary>Entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
