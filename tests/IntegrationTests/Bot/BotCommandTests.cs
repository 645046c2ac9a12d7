using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot;

namespace Wijkverbinder.IntegrationTests.Bot;

public sealed class BotCommandTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "Wijkverbinder" };

    [Theory]
    [InlineData("help", BotCommandKind.Help, "")]
    [InlineData("  HULP ", BotCommandKind.Help, "")]
    [InlineData("", BotCommandKind.Help, "")]
    [InlineData("registreer", BotCommandKind.RegisterInitiative, "")]
    [InlineData("zoek moestuin in Klarendal", BotCommandKind.Find, "moestuin in Klarendal")]
    [InlineData("wijk WK020207", BotCommandKind.DistrictSummary, "WK020207")]
    [InlineData("district Klarendal", BotCommandKind.DistrictSummary, "Klarendal")]
    [InlineData("aanjaagbudget", BotCommandKind.RequestBudget, "")]
    [InlineData("budget", BotCommandKind.RequestBudget, "")]
    [InlineData("succes", BotCommandKind.MarkSuccess, "")]
    [InlineData("success", BotCommandKind.MarkSuccess, "")]
    [InlineData("reserveer", BotCommandKind.RequestBooking, "")]
    [InlineData("book", BotCommandKind.RequestBooking, "")]
    [InlineData("bestuur", BotCommandKind.RequestBoardAccess, "")]
    [InlineData("board", BotCommandKind.RequestBoardAccess, "")]
    [InlineData("koffie?", BotCommandKind.Unknown, "")]
    [InlineData("koffie zwart", BotCommandKind.Unknown, "zwart")]
    public void ReadsThePersonalMessage(string text, BotCommandKind kind, string argument)
    {
        var command = BotCommand.From(new Activity { Type = ActivityTypes.Message, Text = text, Recipient = Bot });

        Assert.Equal((kind, argument), (command.Kind, command.Argument));
    }

    [Fact]
    public void StripsTheBotsMentionInAChannel()
    {
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>Wijkverbinder</at> wijk Klarendal",
            Recipient = Bot,
            Entities = [Entity.Mention(Bot, "<at>Wijkverbinder</at>")],
        };

        Assert.Equal(new BotCommand(BotCommandKind.DistrictSummary, "wijk", "Klarendal"), BotCommand.From(message));
    }

    [Fact]
    public void AMentionOnItsOwnAsksForHelp()
    {
        var message = new Activity { Type = ActivityTypes.Message, Text = "<at>Wijkverbinder</at>", Recipient = Bot, Entities = [Entity.Mention(Bot, "<at>Wijkverbinder</at>")] };

        Assert.Equal(BotCommandKind.Help, BotCommand.From(message).Kind);
    }
}
