using System.Text.Json.Nodes;

namespace Wijkverbinder.Cards.Tests.Samples;

/// <summary>A form: text, choice and date inputs, sent with an Action.Execute.</summary>
public static class ReferralFormCard
{
    public static AdaptiveCard Create() => new()
    {
        FallbackText = "Nieuwe doorverwijzing",
        MsTeams = TeamsCardOptions.FullWidth,
        Body =
        [
            new TextBlock { Text = "Nieuwe doorverwijzing", Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = "Verwijs een vraag uit de wijk door naar de juiste ambtenaar. Deel zo min mogelijk persoonsgegevens.", Wrap = true, IsSubtle = true },
            new TextInput
            {
                Id = "subject", Label = "Onderwerp", Placeholder = "Bijvoorbeeld: buurtmoestuin zoekt een plek",
                MaxLength = 100, IsRequired = true, ErrorMessage = "Vul een onderwerp in.",
            },
            new TextInput { Id = "details", Label = "Toelichting", IsMultiline = true, MaxLength = 1000 },
            new ChoiceSetInput
            {
                Id = "theme", Label = "Thema", Style = ChoiceInputStyle.Compact, Placeholder = "Kies een thema",
                IsRequired = true, ErrorMessage = "Kies een thema.",
                Choices = [new("Meedoen", "meedoen"), new("Armoede", "armoede"), new("Leefbaarheid & Veiligheid", "leefbaarheid")],
            },
            new ChoiceSetInput
            {
                Id = "urgency", Label = "Urgentie", Style = ChoiceInputStyle.Expanded, Value = "normal",
                Choices = [new("Normaal", "normal"), new("Spoed", "urgent")],
            },
            new DateInput { Id = "answerBefore", Label = "Graag reactie voor", Min = new DateOnly(2026, 12, 1) },
        ],
        Actions =
        [
            new ExecuteAction
            {
                Title = "Verstuur", Verb = "referral.submit", Style = ActionStyle.Positive,
                AssociatedInputs = AssociatedInputs.Auto, Data = new JsonObject { ["draftId"] = "d-42" },
            },
            new OpenUrlAction { Title = "Wijkprogramma", Url = new Uri("https://example.org/wijkprogramma") },
        ],
    };
}
