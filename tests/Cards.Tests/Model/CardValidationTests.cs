namespace Wijkverbinder.Cards.Tests.Model;

/// <summary>The model refuses cards that Teams would render badly or that break the accessibility rules for inputs.</summary>
public sealed class CardValidationTests
{
    [Fact]
    public void RefusesAnInputWithoutALabel()
    {
        var card = new AdaptiveCard { Body = [new TextInput { Id = "name", Label = " " }] };

        var error = Assert.Throws<InvalidCardException>(() => card.ToJson());
        Assert.Equal("Input 'name' needs a label.", Assert.Single(error.Problems));
    }

    [Fact]
    public void RefusesARequiredInputWithoutAnErrorMessage()
    {
        var card = new AdaptiveCard
        {
            Body = [new ChoiceSetInput { Id = "theme", Label = "Thema", IsRequired = true, Choices = [new("Meedoen", "meedoen")] }],
        };

        Assert.Throws<InvalidCardException>(() => card.ToJsonElement());
        Assert.Equal(["Input 'theme' is required and needs an error message."], card.Validate());
    }

    [Fact]
    public void FindsABrokenInputInsideAColumnOrAShownCard()
    {
        var card = new AdaptiveCard
        {
            Body = [new ColumnSet { Columns = [new Column { Items = [new DateInput { Id = "from", Label = "", IsRequired = true, ErrorMessage = "Kies een datum." }] }] }],
            Actions = [new ShowCardAction { Title = "Meer", Card = new AdaptiveCard { Body = [new TextInput { Id = "note", Label = "Notitie", IsRequired = true }] } }],
        };

        Assert.Equal(["Input 'from' needs a label.", "Input 'note' is required and needs an error message."], card.Validate());
    }

    [Fact]
    public void RefusesAnInputWithoutAnId()
    {
        var card = new AdaptiveCard { Body = [new TextInput { Label = "Naam" }] };

        Assert.Contains(card.Validate(), p => p.StartsWith("An input needs an id", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusesAnIdUsedTwice()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextInput { Id = "name", Label = "Naam" }, new Container { Items = [new TextInput { Id = "name", Label = "Achternaam" }] }],
        };

        Assert.Equal(["The id 'name' is used twice."], card.Validate());
    }

    [Fact]
    public void RefusesARefreshForMoreThanSixtyUsers()
    {
        var users = Enumerable.Range(1, Refresh.MaxUserIds + 1).Select(i => $"8:orgid:{i}").ToList();

        Assert.Throws<ArgumentOutOfRangeException>(() => new Refresh { Action = new ExecuteAction { Title = "Ververs", Verb = "refresh" }, UserIds = users });
    }

    [Fact]
    public void AcceptsARefreshForSixtyUsers()
    {
        var users = Enumerable.Range(1, Refresh.MaxUserIds).Select(i => $"8:orgid:{i}").ToList();
        var card = new AdaptiveCard { Refresh = new Refresh { Action = new ExecuteAction { Title = "Ververs", Verb = "refresh" }, UserIds = users } };

        Assert.Empty(card.Validate());
        Assert.Equal(60, card.ToJsonElement().GetProperty("refresh").GetProperty("userIds").GetArrayLength());
    }

    [Fact]
    public void RefusesAListOfUsersThatGrewPastSixtyAfterwards()
    {
        var users = new List<string> { "8:orgid:1" };
        var card = new AdaptiveCard { Refresh = new Refresh { Action = new ExecuteAction { Title = "Ververs", Verb = "refresh" }, UserIds = users } };
        users.AddRange(Enumerable.Range(2, Refresh.MaxUserIds).Select(i => $"8:orgid:{i}"));

        Assert.Throws<InvalidCardException>(() => card.ToJson());
    }

    [Fact]
    public void RefusesAnExecuteActionWithoutAVerb()
    {
        var card = new AdaptiveCard { Actions = [new ExecuteAction { Title = "Stuur", Verb = "" }] };

        Assert.Equal(["Action.Execute 'Stuur' needs a verb."], card.Validate());
    }

    [Fact]
    public void RefusesAChoiceSetWithoutChoicesOrWithTwiceTheSameValue()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new ChoiceSetInput { Id = "empty", Label = "Leeg" },
                new ChoiceSetInput { Id = "twice", Label = "Dubbel", Choices = [new("Ja", "yes"), new("Jawel", "yes")] },
            ],
        };

        Assert.Equal(["Input 'empty' needs at least one choice.", "Input 'twice' has two choices with the same value."], card.Validate());
    }

    [Fact]
    public void RefusesARelativeUrl()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextInput { Id = "short", Label = "Kort", MaxLength = 3, Value = "te lang" }],
            Actions = [new OpenUrlAction { Title = "Open", Url = new Uri("/tab", UriKind.Relative) }],
        };

        Assert.Equal(["Action.OpenUrl 'Open' needs an absolute url."], card.Validate());
    }

    [Fact]
    public void ShowsAValueLongerThanMaxLengthCutToIt()
    {
        // A form shown again with its errors echoes what was sent; more than Teams lets a user type must not break it.
        var input = new TextInput { Value = "te lang", Id = "short", Label = "Kort", MaxLength = 3 };
        var card = new AdaptiveCard { Body = [input] };

        Assert.Equal("te ", input.Value);
        Assert.Empty(card.Validate());
        Assert.Equal("te ", card.ToJsonElement().GetProperty("body")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void AcceptsTheSampleCards()
    {
        Assert.Empty(Samples.ReferralFormCard.Create().Validate());
        Assert.Empty(Samples.NetworkListCard.Create().Validate());
        Assert.Empty(Samples.ReferralStatusCard.Create().Validate());
        Assert.Empty(Samples.StyleGalleryCard.Create().Validate());
    }
}
