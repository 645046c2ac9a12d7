using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>
/// The card that introduces two members of a suggested connection to the wijkteam: who suggests it, where, and the
/// reason (shared themes, common neighbours). Members are not Teams users, so the card goes to the people who know them.
/// </summary>
public static class IntroductionCard
{
    public static AdaptiveCard Build(SuggestedConnection suggestion, DashboardSnapshot snapshot, string introducer, IStringLocalizer<StatusTexts> text)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        var themes = snapshot.Themes.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = text["Card.Title"], Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock
                {
                    Text = string.Format(CultureInfo.CurrentCulture, text["Card.Intro"], introducer, suggestion.FromName, suggestion.ToName, snapshot.ScopeName),
                    Wrap = true,
                },
                new FactSet
                {
                    Facts =
                    [
                        new Fact(text["Card.SharedThemes"], string.Join(", ", suggestion.SharedThemes.Select(t => themes.GetValueOrDefault(t) ?? t))),
                        new Fact(text["Card.CommonNeighbours"], string.Join(", ", suggestion.CommonNeighbours)),
                    ],
                },
                new TextBlock { Text = text["Card.Next"], Wrap = true, IsSubtle = true },
            ],
            FallbackText = text["Card.Title"],
        };
    }
}
