using Azure.Data.Tables;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Meetings;

[Collection(AzuriteCollection.Name)]
public sealed class MeetingFeedbackStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AnsweringAgainReplacesTheEarlierAnswer()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var held = await HeldAsync(t);

        await t.GiveAsync(t.Service.GiveFeedbackAsync(held.Id, t.Ann.Id, 2, "Te lang", [], None));
        await t.GiveAsync(t.Service.GiveFeedbackAsync(held.Id, t.Ann.Id, 5, "Toch nuttig", [], None));
        await t.GiveAsync(t.Service.GiveFeedbackAsync(held.Id, t.Bob.Id, 4, null, [], None));

        var answers = await t.Feedback.ListAsync(held.Id, None);
        Assert.Equal(2, answers.Count);
        var ann = Assert.Single(answers, a => a.RespondentKey == FeedbackKey.For(held.Id, t.Ann.Id));
        Assert.Equal(5, ann.Usefulness);
        Assert.Equal("Toch nuttig", ann.Remark);
        Assert.Equal(held.Id, ann.Meeting);
        Assert.Equal(t.Clock.GetUtcNow(), ann.At);
        Assert.True(await t.Feedback.HasAnsweredAsync(held.Id, FeedbackKey.For(held.Id, t.Bob.Id), None));
        Assert.False(await t.Feedback.HasAnsweredAsync(held.Id, FeedbackKey.For(held.Id, t.Manager.Id), None));
    }

    [Fact]
    public async Task FeedbackOnPartiesReadsBackFieldByField()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var held = await HeldAsync(t, MeetingKind.FeedbackMeeting, t.Centre.Id);

        await t.GiveAsync(t.Service.GiveFeedbackAsync(held.Id, t.Ann.Id, null, "Goed gesprek", [new(t.Garden.Id, 4, 3, 5, "Altijd bereikbaar"), new(t.Centre.Id, 2, 2, 1)], None));

        var answer = Assert.Single(await t.Feedback.ListAsync(held.Id, None));
        Assert.Null(answer.Usefulness);
        Assert.Equal("Goed gesprek", answer.Remark);
        Assert.Equal([new PartyFeedback(t.Garden.Id, 4, 3, 5, "Altijd bereikbaar"), new PartyFeedback(t.Centre.Id, 2, 2, 1)], answer.Parties);
    }

    [Fact]
    public async Task TheStoredRowDoesNotNameTheRespondent()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var held = await HeldAsync(t);

        await t.GiveAsync(t.Service.GiveFeedbackAsync(held.Id, t.Ann.Id, 3, "Prima", [], None));

        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Tables.MeetingFeedback.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {t.Code}")))
        {
            rows.Add(row);
        }

        var stored = Assert.Single(rows);
        var everything = string.Join("|", stored.Select(p => $"{p.Key}={p.Value}"));
        Assert.DoesNotContain(t.Ann.Id.Value, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ann", everything, StringComparison.Ordinal);
        Assert.Equal(
            ["At", "Local", "Parties", "PartitionKey", "Remark", "RespondentKey", "RowKey", "Timestamp", "Usefulness", "odata.etag"],
            stored.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FeedbackOfOneMeetingStaysWithIt()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var one = await HeldAsync(t);
        var other = await HeldAsync(t);

        await t.GiveAsync(t.Service.GiveFeedbackAsync(one.Id, t.Ann.Id, 3, null, [], None));

        Assert.Single(await t.Feedback.ListAsync(one.Id, None));
        Assert.Empty(await t.Feedback.ListAsync(other.Id, None));
    }

    private static async Task<Meeting> HeldAsync(MeetingTown t, MeetingKind kind = MeetingKind.ThemeMeeting, Domain.Network.MemberId? alsoThere = null)
    {
        InviteeRef[] attendees = [InviteeRef.For(t.Ann.Id), InviteeRef.For(t.Bob.Id), InviteeRef.For(t.Garden.Id), .. alsoThere is { } member ? [InviteeRef.For(member)] : Array.Empty<InviteeRef>()];
        var planned = await t.PlanAsync(t.Draft() with { Kind = kind, Start = t.Clock.GetUtcNow().AddMinutes(1), End = t.Clock.GetUtcNow().AddHours(1) });
        t.Clock.Advance(TimeSpan.FromHours(2));
        return await t.ActAsync(t.Service.RecordAttendanceAsync(planned.Id, t.Manager.Id, attendees, None));
    }
}
