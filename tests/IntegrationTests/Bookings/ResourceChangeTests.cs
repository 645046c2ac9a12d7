using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Meetings;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>
/// Changing and retiring a shared resource on Azurite: a new approver takes over the pending requests (new approval
/// cards in the outbox, the old approver refused), a stale version is a conflict that changes nothing, and retiring
/// declines and cancels with a decision card to each requester and frees the days.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ResourceChangeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ANewApproverTakesOverThePendingRequestsAndTheOldApproverIsRefused()
    {
        var town = await BookingTown.CreateAsync(azurite);
        var mara = await NewManagerAsync(town, "Mara");
        var pending = await town.RequestAsync(3, 4);
        var approved = BookingTown.Valid(await town.Service.ApproveAsync((await town.RequestAsync(8, 9)).Id, town.People.Manager.Id, CancellationToken.None));
        var read = (await town.Service.GetResourceAsync(town.Tent.Id, CancellationToken.None))!;

        var changed = await town.Service.ChangeResourceAsync(
            town.People.Town.Municipality, read.Id, new ResourceDraft("Partytent groot", "Met zijwanden", read.Area, mara.Id), read.Version, town.People.Manager.Id, CancellationToken.None);

        Assert.True(changed is { IsValid: true }, string.Join(", ", changed?.Errors.Select(e => e.Code) ?? []));
        var stored = (await town.Service.GetResourceAsync(town.Tent.Id, CancellationToken.None))!;
        Assert.Equal(("Partytent groot", "Met zijwanden", mara.Id), (stored.Name, stored.Description, stored.Approver));
        var handedOver = (await town.Service.GetAsync(pending.Id, CancellationToken.None))!;
        Assert.Equal((BookingStatus.Requested, 2), (handedOver.Status, handedOver.Sequence));
        Assert.Equal(approved.Sequence, (await town.Service.GetAsync(approved.Id, CancellationToken.None))!.Sequence);
        var cards = (await town.RowsAsync("outbox")).Select(r => (r.GetString("Local"), r.GetInt32("Sequence"), r.GetString("Task"))).ToList();
        Assert.Contains((pending.Id.Local, (int?)2, nameof(BookingTaskKind.AskApproval)), cards);

        var byOld = await town.Service.ApproveAsync(pending.Id, town.People.Manager.Id, CancellationToken.None);
        Assert.Equal(ValidationCodes.NotApprover, Assert.Single(byOld!.Errors).Code);
        Assert.Equal(BookingStatus.Approved, BookingTown.Valid(await town.Service.ApproveAsync(pending.Id, mara.Id, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task TheSecondEditorWithTheSameVersionGetsAConflictAndChangesNothing()
    {
        var town = await BookingTown.CreateAsync(azurite);
        var read = (await town.Service.GetResourceAsync(town.Tent.Id, CancellationToken.None))!;
        var municipality = town.People.Town.Municipality;
        var manager = town.People.Manager.Id;

        var first = await town.Service.ChangeResourceAsync(municipality, read.Id, new ResourceDraft("Partytent A", null, read.Area, manager), read.Version, manager, CancellationToken.None);
        var second = await town.Service.ChangeResourceAsync(municipality, read.Id, new ResourceDraft("Partytent B", null, read.Area, manager), read.Version, manager, CancellationToken.None);
        var retire = await town.Service.RetireResourceAsync(municipality, read.Id, "Kapot", read.Version, manager, CancellationToken.None);

        Assert.True(first!.IsValid);
        Assert.Equal(ValidationCodes.ResourceChangedMeanwhile, Assert.Single(second!.Errors).Code);
        Assert.Equal(ValidationCodes.ResourceChangedMeanwhile, Assert.Single(retire!.Errors).Code);
        var stored = (await town.Service.GetResourceAsync(read.Id, CancellationToken.None))!;
        Assert.Equal(("Partytent A", false), (stored.Name, stored.IsRetired));
    }

    [Fact]
    public async Task RetiringDeclinesPendingRequestsCancelsApprovedBookingsAndTellsEachRequester()
    {
        var town = await BookingTown.CreateAsync(azurite);
        var pending = await town.RequestAsync(3, 4);
        var approved = BookingTown.Valid(await town.Service.ApproveAsync((await town.RequestAsync(8, 9)).Id, town.People.Manager.Id, CancellationToken.None));
        var read = (await town.Service.GetResourceAsync(town.Tent.Id, CancellationToken.None))!;

        var retired = await town.Service.RetireResourceAsync(town.People.Town.Municipality, read.Id, "De tent is versleten", read.Version, town.People.Manager.Id, CancellationToken.None);

        Assert.True(retired is { IsValid: true }, string.Join(", ", retired?.Errors.Select(e => e.Code) ?? []));
        var declined = (await town.Service.GetAsync(pending.Id, CancellationToken.None))!;
        var cancelled = (await town.Service.GetAsync(approved.Id, CancellationToken.None))!;
        Assert.Equal((BookingStatus.Declined, "De tent is versleten"), (declined.Status, declined.Reason));
        Assert.Equal((BookingStatus.Cancelled, "De tent is versleten"), (cancelled.Status, cancelled.Reason));
        var cards = (await town.RowsAsync("outbox")).Select(r => (r.GetString("Local"), r.GetString("Task"))).ToList();
        Assert.Contains((pending.Id.Local, nameof(BookingTaskKind.TellRequester)), cards);
        Assert.Contains((approved.Id.Local, nameof(BookingTaskKind.TellRequester)), cards);
        Assert.Empty(await town.RowsAsync("day"));
        var listed = Assert.Single(await town.Service.ListResourcesAsync(town.Code, CancellationToken.None));
        Assert.True(listed.IsRetired);

        var late = await town.Service.RequestAsync(town.People.Town.Municipality, town.Request(12, 12), town.People.Ann.Id, CancellationToken.None);
        Assert.Contains(late.Errors, e => e.Code == ValidationCodes.ResourceRetired);
        Assert.Empty(await town.RowsAsync("day"));
    }

    private static async Task<Colleague> NewManagerAsync(BookingTown town, string name)
    {
        var manager = MeetingTown.Person(name, AppRole.DistrictManager, [town.People.Town.District1]);
        await town.People.Colleagues.SaveAsync(town.Code, manager, CancellationToken.None);
        return manager;
    }
}
