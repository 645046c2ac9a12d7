using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Referrals;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Referrals;

/// <summary>
/// Loads the signed-in colleague's referrals (<see cref="ReferralService.ListMineAsync"/>) and the one they select
/// (<see cref="ReferralViews"/>, the same view the card and mail read). A deep link from a card opens its referral:
/// <c>?subEntityId=</c> outside Teams, Teams' <c>subPageId</c> inside.
/// </summary>
public sealed partial class MyReferralsPage
{
    private MyReferrals? mine;
    private Colleague? me;
    private IReadOnlyList<Colleague> everyone = [];
    private IReadOnlyDictionary<ColleagueId, string> names = new Dictionary<ColleagueId, string>();
    private ReferralView? selected;
    private bool notRegistered;
    private bool notFound;

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [Inject]
    public required ReferralService Referrals { get; set; }

    [Inject]
    public required ReferralViews Views { get; set; }

    [Inject]
    public required IColleagueDirectory Colleagues { get; set; }

    [Inject]
    public required TimeProvider Clock { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    [CascadingParameter]
    public TabHost? Host { get; set; }

    /// <summary>The referral a card's deep link names (outside Teams; inside, Teams passes it as the context's subPageId).</summary>
    [SupplyParameterFromQuery(Name = "subEntityId")]
    public string? SubEntityId { get; set; }

    private DateOnly Today => DutchTime.Today(Clock);

    protected override async Task OnInitializedAsync()
    {
        if (!User.HasAny(TabRoles.Referrals))
        {
            return;
        }

        me = await Colleagues.GetAsync(User.Municipality, User.Id, CancellationToken.None);
        if (me is null)
        {
            notRegistered = true;
            return;
        }

        await LoadListsAsync();
        await PageAudit.RecordAsync(User, "referral.list", "referral", null, AuditResult.Allowed);
        var linked = string.IsNullOrEmpty(SubEntityId) ? Host?.SubPageId : SubEntityId;
        if (!string.IsNullOrEmpty(linked))
        {
            await OpenAsync(linked);
        }
    }

    private async Task LoadListsAsync()
    {
        everyone = await Colleagues.ListAsync(User.Municipality, CancellationToken.None);
        names = everyone.ToDictionary(c => c.Id, c => c.Name);
        mine = await Referrals.ListMineAsync(User.Municipality, me!, CancellationToken.None);
    }

    private async Task OpenAsync(string link)
    {
        // Only a referral the user is involved in opens: the lists hold exactly those (need-to-know).
        var listed = mine!.ToHandle.Concat(mine.Sent).Select(r => r.Id).ToHashSet();
        if (ReferralId.TryParse(link, out var id) && listed.Contains(id))
        {
            await SelectAsync(id);
        }
        else
        {
            // A referral the user is not involved in: "not found", and the attempt is recorded.
            if (ReferralId.TryParse(link, out var hidden))
            {
                await PageAudit.RecordAsync(User, "referral.show", "referral", hidden.ToString(), AuditResult.Denied);
            }

            notFound = true;
        }
    }

    private async Task SelectAsync(ReferralId id)
    {
        notFound = false;
        selected = await Views.GetAsync(id, CancellationToken.None);
        notFound = selected is null;
        await PageAudit.RecordAsync(User, "referral.show", "referral", id.ToString(), notFound ? AuditResult.Failed : AuditResult.Allowed);
    }

    /// <summary>After an action (or a refusal because someone else was first): the lists and the history read again.</summary>
    private async Task ChangedAsync(ReferralId id)
    {
        await LoadListsAsync();
        selected = await Views.GetAsync(id, CancellationToken.None);
    }
}
