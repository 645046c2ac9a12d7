namespace Wijkverbinder.Cards;

/// <summary>Action.ShowCard: unfolds a card inside the card, e.g. a short form behind a "Decline" button.</summary>
public sealed class ShowCardAction : CardAction
{
    public required AdaptiveCard Card { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Body(Card);
    }
}
