using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Notifications.Resources;

namespace Wijkverbinder.Notifications.Programme;

/// <summary>
/// The wijkprogramma's cards for the area's wijkteam channel, in the current UI culture: the programme (per theme its
/// goals and the names of the initiatives working on it) and the month's successes. A channel card never shows contact
/// details: those belong on the page, where the consent rule is applied per reader.
/// </summary>
public sealed class ProgrammeCards(IStringLocalizer<ProgrammeCardTexts> text)
{
    /// <summary>At most this many initiative names per theme, so a large area's card stays far below Teams' 100 KB.</summary>
    public const int InitiativesShown = 10;

    /// <summary>At most this many video buttons on the successes card.</summary>
    public const int VideosShown = 5;

    public AdaptiveCard Programme(AreaProgramme programme, DateTimeOffset changedAt)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var title = text["Programme.Title", programme.Area.Name].Value;
        var body = new List<CardElement>
        {
            Heading(title),
            new TextBlock { Text = text["Programme.Intro"], Wrap = true },
        };
        if (programme.Themes.Count == 0)
        {
            body.Add(new TextBlock { Text = text["Programme.NoThemes"], Wrap = true });
        }

        foreach (var theme in programme.Themes)
        {
            var items = new List<CardElement> { new TextBlock { Text = theme.Theme.Name, Weight = TextWeight.Bolder, Wrap = true } };
            items.AddRange(theme.Goals.Count == 0
                ? [Line(text["Programme.NoGoals"])]
                : theme.Goals.Select(g => Line(text["Programme.Goal", g])));
            items.Add(new TextBlock { Text = Initiatives(theme), Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
            body.Add(new Container { Items = items, Spacing = Spacing.Medium });
        }

        body.Add(new TextBlock
        {
            Text = text["Programme.Updated", DutchTime.ToDutch(changedAt).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture)],
            IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.Medium,
        });
        return new AdaptiveCard { Body = body, FallbackText = title };
    }

    public AdaptiveCard Successes(Area area, DateOnly month, IReadOnlyList<Success> successes)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(successes);
        var title = text["Successes.Title", month.ToString("MMMM yyyy", CultureInfo.CurrentCulture), area.Name].Value;
        var body = new List<CardElement>
        {
            Heading(title),
            new TextBlock { Text = text["Successes.Intro", successes.Count], Wrap = true },
        };
        foreach (var success in successes)
        {
            body.Add(new Container
            {
                Spacing = Spacing.Medium,
                Items =
                [
                    new TextBlock { Text = success.InitiativeName, Weight = TextWeight.Bolder, Wrap = true },
                    new TextBlock { Text = success.Story, Wrap = true, Spacing = Spacing.None },
                ],
            });
        }

        var videos = successes.Where(s => s.Video is not null).Take(VideosShown)
            .Select(s => (CardAction)new OpenUrlAction { Title = text["Successes.Video", s.InitiativeName], Url = s.Video! })
            .ToList();
        return new AdaptiveCard { Body = body, Actions = videos.Count == 0 ? null : videos, FallbackText = title };
    }

    private string Initiatives(ProgrammeTheme theme)
    {
        if (theme.Initiatives.Count == 0)
        {
            return text["Programme.NoInitiatives"];
        }

        var names = theme.Initiatives.Take(InitiativesShown).Select(i => i.Name).ToList();
        if (theme.Initiatives.Count > InitiativesShown)
        {
            names.Add(text["Programme.More", theme.Initiatives.Count - InitiativesShown]);
        }

        return text["Programme.Initiatives", theme.Initiatives.Count, string.Join(", ", names)];
    }

    private static TextBlock Heading(string title) => new() { Text = title, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Line(string line) => new() { Text = line, Wrap = true, Spacing = Spacing.None };
}
