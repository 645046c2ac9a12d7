namespace Wijkverbinder.Notifications.Resources;

/// <summary>Marker for the booking card texts: BookingCardTexts.resx (Dutch, the default) and BookingCardTexts.en.resx.</summary>
public sealed class BookingCardTexts;
