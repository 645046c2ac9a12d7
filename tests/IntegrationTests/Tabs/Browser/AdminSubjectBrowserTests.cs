using Microsoft.Playwright;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The admin page's access and erasure section in the browser: a wrong confirmation erases nothing and is recorded as
/// a failed erasure; a Beheerder whose role is taken away while the page is open is refused at the next click (the
/// download of an export found before, then a search), recorded as Denied. Its own app, because it takes the Beheerder's role away.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdminSubjectBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    [Fact]
    public async Task AWrongConfirmationErasesNothingAndARoleTakenAwayIsRefusedBothRecorded()
    {
        var subject = app.Megan;
        var page = await app.SignInAsync(app.Administrator, "/tabs/admin");
        await page.Locator("#subject-query").FillAsync(subject.Mail);
        await page.Locator("#subject-find").ClickAsync();
        await Expect(page.Locator("#subject-found")).ToBeVisibleAsync();

        await page.Locator("#subject-confirm").FillAsync("iemand.anders@arnhem.example");
        await page.Locator("#subject-erase").ClickAsync();
        await Expect(page.Locator("#subject-confirm-error")).ToBeVisibleAsync();

        var directory = app.Service<IColleagueDirectory>();
        await directory.SaveAsync("GM0202", app.Administrator with { Roles = [AppRole.DistrictTeam] }, CancellationToken.None);
        await page.Locator("#subject-download").ClickAsync();
        await Expect(page.Locator("#subject-denied")).ToContainTextAsync("geen beheerder meer");
        await Expect(page.Locator("#subject-found")).ToHaveCountAsync(0);
        await page.Locator("#subject-find").ClickAsync();

        // The refusal is on the page already: the search's own record is what shows it was refused too.
        var records = await SubjectRecordsAsync(4);
        await Expect(page.Locator("#subject-denied")).ToContainTextAsync("geen beheerder meer");
        await Expect(page.Locator("#subject-found")).ToHaveCountAsync(0);
        Assert.NotNull(await directory.GetAsync("GM0202", subject.Id, CancellationToken.None));
        Assert.Equal(
            [("tab:subject.find", AuditResult.Allowed), ("tab:subject.erase", AuditResult.Failed), ("tab:subject.export", AuditResult.Denied), ("tab:subject.find", AuditResult.Denied)],
            records.Select(r => (r.Action, r.Result)));
        // One actor throughout, stored as the audit log's pseudonym of the Beheerder.
        Assert.Single(records.Select(r => r.Actor).Distinct());
        await page.CloseAsync();
    }

    /// <summary>Today's records of the section once there are <paramref name="count"/> (polled: the page writes them as it answers).</summary>
    private async Task<List<AuditRecord>> SubjectRecordsAsync(int count)
    {
        var today = DateOnly.FromDateTime(app.Service<TimeProvider>().GetUtcNow().UtcDateTime);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // ends as soon as they are there
        while (true)
        {
            var records = (await app.Service<IAuditLog>().ReadDayAsync("GM0202", today, CancellationToken.None))
                .Where(r => r.Action.StartsWith("tab:subject.", StringComparison.Ordinal))
                .ToList();
            if (records.Count >= count)
            {
                return records;
            }

            await Task.Delay(25, cancel.Token);
        }
    }
}
