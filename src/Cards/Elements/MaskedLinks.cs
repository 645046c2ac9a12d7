namespace Wijkverbinder.Cards;

/// <summary>
/// Teams renders a TextBlock's text (and a fact's value) as markdown, so text a user typed (a referral's summary, a
/// meeting's agenda) could carry a link whose words hide where it goes: <c>[Formulier](https://elders.example)</c>.
/// A zero-width space after every <c>]</c> breaks the link syntax (the link text must be followed at once by
/// <c>(</c>, <c>[</c> or, for a reference definition, <c>:</c>) while the text reads the same. A web address typed
/// as such stays visible, so it is left alone. The app's own texts use no markdown links.
/// </summary>
public static class MaskedLinks
{
    private const string ZeroWidthSpace = "\u200B";

    public static string Neutralise(string text) =>
        text.Contains(']', StringComparison.Ordinal) ? text.Replace("]", "]" + ZeroWidthSpace, StringComparison.Ordinal) : text;
}
