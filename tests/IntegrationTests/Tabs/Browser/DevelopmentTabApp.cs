using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.DemoData;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The app as a developer runs it (Development: the developer sign-in exists), on Kestrel, with the demo data of
/// Arnhem seeded in an Azurite of its own and the jobs off, and one headless Chromium. The demo personas are read from
/// the colleague directory, so the tests compare what a page shows with what the directory says.
/// </summary>
public sealed class DevelopmentTabApp : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();
    private TeamsAppFactory? factory;
    private WebApplicationFactory<Program>? app;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Municipality Arnhem { get; private set; } = null!;

    public IReadOnlyList<Colleague> Colleagues { get; private set; } = [];

    public Colleague Persona(string name) => Colleagues.Single(c => c.Name == name);

    /// <summary>Alex Wilber: wijkteam, first area.</summary>
    public Colleague Alex => Colleagues.Single(c => c.Id == DemoColleagues.PlaygroundUser);

    /// <summary>Megan Bowen: specialist.</summary>
    public Colleague Megan => Colleagues.Single(c => c.Id == DemoColleagues.PlaygroundSpecialist);

    /// <summary>The beheerder.</summary>
    public Colleague Administrator => Colleagues.Single(c => c.Kind == ColleagueKind.Person && c.Has(AppRole.Administrator));

    /// <summary>The wijkmanager of the area with this index.</summary>
    public Colleague ManagerOf(int area) => Colleagues.Single(c => c.Has(AppRole.DistrictManager) && c.Districts.SequenceEqual(Arnhem.Areas[area].DistrictCodes));

    /// <summary>Alex refers a resident's question to Megan, through the app's own referral service.</summary>
    public async Task<Referral> ReferToMeganAsync(string summary)
    {
        var referrals = app!.Services.GetRequiredService<ReferralService>();
        var result = await referrals.CreateAsync(
            Arnhem,
            new ReferralDraft
            {
                Subject = SubjectKind.ResidentQuestion,
                Summary = summary,
                District = Alex.Districts[0],
                Theme = Arnhem.Themes[1].Id,
                Receiver = Megan.Id,
            },
            Alex.Id,
            CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    public async Task<ReferralRecord> ReadAsync(ReferralId id) =>
        (await app!.Services.GetRequiredService<IReferralStore>().GetAsync(id, CancellationToken.None))!;

    /// <summary>The meetings a colleague organises or is invited to, as stored.</summary>
    public Task<IReadOnlyList<Domain.Meetings.Meeting>> MeetingsOfAsync(Colleague colleague) =>
        app!.Services.GetRequiredService<Domain.Meetings.IMeetingStore>().ListForColleagueAsync("GM0202", colleague.Id, AzuriteFixture.Now.AddYears(-1), CancellationToken.None);

    /// <summary>One of the app's own services (its stores, its clock, its audit log).</summary>
    public T Service<T>() where T : notnull => app!.Services.GetRequiredService<T>();

    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    /// <summary>Opens <paramref name="path"/> as <paramref name="persona"/> through the real developer sign-in page.</summary>
    public async Task<IPage> SignInAsync(Colleague persona, string path, string theme = "default", string locale = "nl-nl")
    {
        var page = await Browser.NewPageAsync(new() { Locale = "nl-NL", ViewportSize = new() { Width = 1280, Height = 900 } });
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        await page.GotoAsync(Url($"{path.TrimStart('/')}{separator}theme={theme}&locale={locale}"));
        // The buttons work once the page's module script has run (it marks the page); a click before that is lost.
        await page.Locator("html[data-sign-in-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator($"button[data-colleague='{persona.Id.Value}']").ClickAsync();
        await Assertions.Expect(page.Locator(".signed-in")).ToContainTextAsync(persona.Name);
        return page;
    }

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        factory = new TeamsAppFactory(azurite, environment: "Development");
        factory.Settings["DemoData:Seed"] = "true";
        factory.Settings["Wijkverbinder:MunicipalityCode"] = "GM0202";
        app = factory.WithWebHostBuilder(host => host.UseStaticWebAssets());
        BaseAddress = TabBrowser.StartOnKestrel(app);
        Colleagues = await app.Services.GetRequiredService<IColleagueDirectory>().ListAsync("GM0202", CancellationToken.None);
        Arnhem = (await azurite.Store.GetMunicipalityAsync("GM0202", CancellationToken.None))!;
        (playwright, Browser) = await TabBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }
}
