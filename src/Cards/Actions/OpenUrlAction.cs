namespace Wijkverbinder.Cards;

/// <summary>Action.OpenUrl: opens a link (a tab deep link or a web page).</summary>
public sealed class OpenUrlAction : CardAction
{
    public required Uri Url { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(Url.IsAbsoluteUri, $"Action.OpenUrl '{Title}' needs an absolute url.");
    }
}
