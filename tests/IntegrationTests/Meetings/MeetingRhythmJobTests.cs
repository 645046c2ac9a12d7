using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.IntegrationTests.Meetings;

/// <summary>The daily rhythm reminders against Azurite and the fake Graph: who gets mail, what it says, and once per period.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingRhythmJobTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheWijkmanagerIsRemindedOfTheirDistrictAndAreaThemesOnceHoweverOftenTheTimerRuns()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var job = host.Services.GetRequiredService<MeetingRhythmJob>();

        // Nothing held yet: three districts and two themes in each of two areas are due; Mila manages district 1 (area A).
        Assert.Equal(3, await job.RunAsync(None));
        Assert.Equal(0, await job.RunAsync(None));

        var mails = Mails(host);
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.Equal(("mila@gemeente.example", "Mila"), (m.To, m.Name)));
        Assert.Equal(
            ["Tijd voor een feedbackbijeenkomst in Wijk Eén", "Tijd voor een themabijeenkomst over Armoede in Gebied A", "Tijd voor een themabijeenkomst over Meedoen in Gebied A"],
            mails.Select(m => m.Subject).Order(StringComparer.Ordinal));
        var feedback = mails.Single(m => m.Subject.Contains("feedback", StringComparison.Ordinal));
        Assert.Contains("In Wijk Eén is al 11 maanden geen feedbackbijeenkomst gehouden.", feedback.Html, StringComparison.Ordinal);
        Assert.Contains("Er is er in Wijkverbinder nog geen gehouden.", feedback.Html, StringComparison.Ordinal);
        Assert.Contains("Beste Mila,", feedback.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeldFeedbackMeetingAndThemeMeetingSilenceTheirRemindersUntilTheNextPeriod()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        var job = host.Services.GetRequiredService<MeetingRhythmJob>();
        var start = t.Clock.GetUtcNow().AddMinutes(5);
        var meeting = await t.PlanAsync(t.Draft() with { Kind = MeetingKind.FeedbackMeeting, Themes = ["meedoen"], Start = start, End = start.AddHours(1) });
        t.Clock.Advance(TimeSpan.FromHours(2));
        await t.ActAsync(t.Service.RecordAttendanceAsync(meeting.Id, t.Manager.Id, [InviteeRef.For(t.Ann.Id)], None));

        Assert.Equal(1, await job.RunAsync(None));
        Assert.Equal("Tijd voor een themabijeenkomst over Armoede in Gebied A", Assert.Single(Mails(host)).Subject);

        // Six months on Meedoen is due again (with the date it was last held) and Armoede for its next period; the
        // feedback meeting only after eleven months.
        t.Clock.Advance(TimeSpan.FromDays(183));
        Assert.Equal(2, await job.RunAsync(None));
        var again = Mails(host).Skip(1).ToList();
        Assert.Equal(
            ["Tijd voor een themabijeenkomst over Armoede in Gebied A", "Tijd voor een themabijeenkomst over Meedoen in Gebied A"],
            again.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Contains("De laatste werd gehouden op 28 november 2026.", again.Single(m => m.Subject.Contains("Meedoen", StringComparison.Ordinal)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishSpeakingManagerGetsEnglish()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        await t.Colleagues.SaveAsync(t.Code, t.Manager with { Locale = "en" }, None);

        await host.Services.GetRequiredService<MeetingRhythmJob>().RunAsync(None);

        Assert.Contains("Time for a feedback meeting in Wijk Eén", Mails(host).Select(m => m.Subject));
    }

    private static List<(string To, string Name, string Subject, string Html)> Mails(MeetingHost host) =>
        host.Graph.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/sendMail", StringComparison.Ordinal))
            .Select(r =>
            {
                using var json = JsonDocument.Parse(r.Body);
                var message = json.RootElement.GetProperty("Message");
                var to = message.GetProperty("toRecipients")[0].GetProperty("emailAddress");
                return (to.GetProperty("address").GetString()!, to.GetProperty("name").GetString()!, message.GetProperty("subject").GetString()!,
                    System.Net.WebUtility.HtmlDecode(message.GetProperty("body").GetProperty("content").GetString()!));
            })
            .ToList();
}
