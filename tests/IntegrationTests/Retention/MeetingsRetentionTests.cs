using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Meetings;
using Wijkverbinder.Storage.Retention;

namespace Wijkverbinder.IntegrationTests.Retention;

/// <summary>Meetings past their retention go with every row and their feedback; a later meeting stays whole.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingsRetentionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnExpiredMeetingGoesWithAllItsRowsAndFeedbackAndALaterOneStays()
    {
        var town = await MeetingTown.CreateAsync(azurite);
        var old = await town.PlanAsync();
        town.Clock.Advance(TimeSpan.FromDays(2));
        await town.ActAsync(town.Service.RecordAttendanceAsync(old.Id, town.Manager.Id, [InviteeRef.For(town.Ann.Id), InviteeRef.For(town.Garden.Id)], CancellationToken.None));
        await town.GiveAsync(town.Service.GiveFeedbackAsync(old.Id, town.Ann.Id, 4, "Nuttig", [], CancellationToken.None));
        var later = await town.PlanAsync(town.Draft("Later") with { Start = town.Tomorrow.AddDays(1), End = town.Tomorrow.AddDays(1).AddHours(2) });
        var rowsBefore = (await town.RowsAsync("meeting")).Count;

        var removed = await new MeetingsRetention(azurite.Tables, Options.Create(new RetentionOptions { MeetingsDays = 730 }))
            .DeleteExpiredAsync(town.Code, old.Start.AddDays(730).AddHours(12), CancellationToken.None);

        Assert.Equal(1, removed);
        Assert.Null(await town.Store.GetAsync(old.Id, CancellationToken.None));
        Assert.Empty(await town.Feedback.ListAsync(old.Id, CancellationToken.None));
        foreach (var kind in new[] { "meeting", "event", "start", "index", "links" })
        {
            Assert.DoesNotContain(await town.RowsAsync(kind), r => r.RowKey.Contains(old.Id.Local, StringComparison.Ordinal));
        }

        Assert.Equal(rowsBefore - 1, (await town.RowsAsync("meeting")).Count);
        Assert.Equal("Later", (await town.GetAsync(later.Id)).Meeting.Title);
    }
}
