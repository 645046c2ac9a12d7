using System.Text.Json.Nodes;

namespace Wijkverbinder.Cards.Tests.Samples;

/// <summary>
/// A card that refreshes itself for the listed users (Universal Actions), with a decline form behind an
/// Action.ShowCard.
/// </summary>
public static class ReferralStatusCard
{
    public static IReadOnlyList<string> Officials { get; } = ["8:orgid:6f1c0b36-0000-4000-8000-000000000001", "8:orgid:6f1c0b36-0000-4000-8000-000000000002"];

    public static AdaptiveCard Create() => new()
    {
        FallbackText = "Doorverwijzing: buurtmoestuin zoekt een plek",
        Refresh = new Refresh
        {
            Action = new ExecuteAction { Title = "Vernieuwen", Verb = "referral.refresh", Data = new JsonObject { ["referralId"] = "r-7" } },
            UserIds = Officials,
        },
        Body =
        [
            new TextBlock { Text = "Doorverwijzing: buurtmoestuin zoekt een plek", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new FactSet { Facts = [new("Status", "Wacht op reactie"), new("Van", "Wijkmanager Klarendal"), new("Thema", "Leefbaarheid & Veiligheid")] },
        ],
        Actions =
        [
            new ExecuteAction { Title = "Accepteren", Verb = "referral.accept", Style = ActionStyle.Positive, Data = new JsonObject { ["referralId"] = "r-7" } },
            new ShowCardAction
            {
                Title = "Afwijzen",
                Card = new AdaptiveCard
                {
                    Body =
                    [
                        new TextInput
                        {
                            Id = "declineReason", Label = "Waarom wijst u af?", IsMultiline = true, MaxLength = 500,
                            IsRequired = true, ErrorMessage = "Geef een reden op.",
                        },
                    ],
                    Actions = [new ExecuteAction { Title = "Bevestig afwijzing", Verb = "referral.decline", Style = ActionStyle.Destructive, Data = new JsonObject { ["referralId"] = "r-7" } }],
                },
            },
        ],
    };
}
