using System.Text.RegularExpressions;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// A message read as a command: the first word names it (Dutch or English), the rest is its argument. In a channel
/// the bot's @mention is part of the text and is stripped first.
/// </summary>
public sealed partial record BotCommand(BotCommandKind Kind, string Word, string Argument)
{
    private static readonly Dictionary<string, BotCommandKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = BotCommandKind.Help,
        ["hulp"] = BotCommandKind.Help,
        ["?"] = BotCommandKind.Help,
        ["registreer"] = BotCommandKind.RegisterInitiative,
        ["register"] = BotCommandKind.RegisterInitiative,
        ["nieuw"] = BotCommandKind.RegisterInitiative,
        ["new"] = BotCommandKind.RegisterInitiative,
        ["zoek"] = BotCommandKind.Find,
        ["vind"] = BotCommandKind.Find,
        ["find"] = BotCommandKind.Find,
        ["search"] = BotCommandKind.Find,
        ["wijk"] = BotCommandKind.DistrictSummary,
        ["overzicht"] = BotCommandKind.DistrictSummary,
        ["district"] = BotCommandKind.DistrictSummary,
        ["summary"] = BotCommandKind.DistrictSummary,
        ["verwijs"] = BotCommandKind.Refer,
        ["doorverwijzen"] = BotCommandKind.Refer,
        ["refer"] = BotCommandKind.Refer,
        ["mijn"] = BotCommandKind.MyReferrals,
        ["verwijzingen"] = BotCommandKind.MyReferrals,
        ["mine"] = BotCommandKind.MyReferrals,
        ["referrals"] = BotCommandKind.MyReferrals,
        ["toestemming"] = BotCommandKind.Consent,
        ["privacy"] = BotCommandKind.Consent,
        ["consent"] = BotCommandKind.Consent,
        ["bijeenkomst"] = BotCommandKind.PlanMeeting,
        ["overleg"] = BotCommandKind.PlanMeeting,
        ["meeting"] = BotCommandKind.PlanMeeting,
        ["aanjaagbudget"] = BotCommandKind.RequestBudget,
        ["budget"] = BotCommandKind.RequestBudget,
        ["succes"] = BotCommandKind.MarkSuccess,
        ["success"] = BotCommandKind.MarkSuccess,
        ["reserveer"] = BotCommandKind.RequestBooking,
        ["reserveren"] = BotCommandKind.RequestBooking,
        ["book"] = BotCommandKind.RequestBooking,
        ["bestuur"] = BotCommandKind.RequestBoardAccess,
        ["board"] = BotCommandKind.RequestBoardAccess,
    };

    public static BotCommand From(Activity message)
    {
        var text = message.Text ?? string.Empty;
        foreach (var mention in message.Mentions)
        {
            if (mention.Mentioned?.Id == message.Recipient?.Id && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
            }
        }

        // Teams may also send the mention as markup without a matching entity (for example in forwarded text).
        text = AtMarkup().Replace(text, " ").Trim();
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var word = space < 0 ? text : text[..space];
        var argument = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        return word.Length == 0
            ? new BotCommand(BotCommandKind.Help, string.Empty, string.Empty)
            : new BotCommand(Words.GetValueOrDefault(word, BotCommandKind.Unknown), word, argument);
    }

    [GeneratedRegex(@"<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMarkup();
}
