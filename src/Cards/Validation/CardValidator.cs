namespace Wijkverbinder.Cards;

/// <summary>Walks a card once and collects the rules it breaks; ids must be unique across the whole card.</summary>
internal sealed class CardValidator
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly List<string> problems = [];

    public IReadOnlyList<string> Problems => problems;

    public void Card(AdaptiveCard card)
    {
        Body(card);
        if (card.Refresh is { } refresh)
        {
            Require(refresh.UserIds is null || refresh.UserIds.Count <= Refresh.MaxUserIds, $"A refresh lists at most {Refresh.MaxUserIds} users.");
            Require(refresh.UserIds is null || refresh.UserIds.All(id => !string.IsNullOrWhiteSpace(id)), "A refresh lists an empty user id.");
            refresh.Action.Validate(this);
        }
    }

    // The body and actions of a card, also of a card shown by Action.ShowCard.
    public void Body(AdaptiveCard card)
    {
        Elements(card.Body);
        foreach (var action in card.Actions ?? [])
        {
            action.Validate(this);
        }
    }

    public void Elements(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            element.Validate(this);
        }
    }

    public void Id(string? id)
    {
        if (!string.IsNullOrEmpty(id) && !ids.Add(id))
        {
            problems.Add($"The id '{id}' is used twice.");
        }
    }

    public void Require(bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
