namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The ids of the booking request form's inputs (the district is <see cref="BotInputs"/>'s): the tab API's field names.</summary>
public static class BookingFormInputs
{
    public const string Resource = "resource";
    public const string From = "from";
    public const string To = "to";
    public const string Purpose = "purpose";
    public const string Initiative = "initiative";
}
