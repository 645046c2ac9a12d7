using System.Text.Json;
using System.Text.Json.Nodes;
using Wijkverbinder.Cards.Tests.Samples;

namespace Wijkverbinder.Cards.Tests.Model;

/// <summary>The JSON the model writes: schema names, discriminators and values as adaptivecards.io spells them.</summary>
public sealed class CardSerialisationTests
{
    [Fact]
    public void WritesTheCardTypeAndVersionFirst()
    {
        var json = new AdaptiveCard { Body = [new TextBlock { Text = "Hallo" }] }.ToJson();

        Assert.StartsWith("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hallo"}]""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesOutWhatIsNotSet()
    {
        var json = new AdaptiveCard { Body = [new TextBlock { Text = "Hallo" }] }.ToJson();

        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hallo"}]}""", json);
    }

    [Fact]
    public void WritesEachElementAndActionWithTheSchemaTypeName()
    {
        var types = AllTypes(ReferralFormCard.Create().ToJsonElement())
            .Concat(AllTypes(NetworkListCard.Create().ToJsonElement()))
            .Concat(AllTypes(ReferralStatusCard.Create().ToJsonElement()))
            .ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "AdaptiveCard", "TextBlock", "FactSet", "ColumnSet", "Column", "Container", "Input.Text", "Input.ChoiceSet",
                "Input.Date", "Action.Execute", "Action.OpenUrl", "Action.ShowCard",
            },
            types);
    }

    [Fact]
    public void WritesEnumValuesInCamelCase()
    {
        var json = new AdaptiveCard
        {
            Body = [new TextBlock { Text = "Kop", Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention }],
            Actions = [new ExecuteAction { Title = "Stuur", Verb = "send", AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Positive }],
        }.ToJson();

        Assert.Contains("\"size\":\"extraLarge\",\"weight\":\"bolder\",\"color\":\"attention\"", json, StringComparison.Ordinal);
        Assert.Contains("\"associatedInputs\":\"none\"", json, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"positive\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesTheRefreshWithAnExecuteActionAndTheUserIds()
    {
        var refresh = ReferralStatusCard.Create().ToJsonElement().GetProperty("refresh");

        Assert.Equal("Action.Execute", refresh.GetProperty("action").GetProperty("type").GetString());
        Assert.Equal("referral.refresh", refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal("r-7", refresh.GetProperty("action").GetProperty("data").GetProperty("referralId").GetString());
        Assert.Equal(ReferralStatusCard.Officials, refresh.GetProperty("userIds").EnumerateArray().Select(id => id.GetString()));
    }

    [Fact]
    public void WritesTeamsFullWidthAndDatesAsTheSchemaWantsThem()
    {
        var card = ReferralFormCard.Create().ToJsonElement();

        Assert.Equal("Full", card.GetProperty("msteams").GetProperty("width").GetString());
        var date = card.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Input.Date");
        Assert.Equal("2026-12-01", date.GetProperty("min").GetString());
    }

    [Fact]
    public void WritesExecuteDataAsGiven()
    {
        var card = new AdaptiveCard
        {
            Actions = [new ExecuteAction { Title = "Ok", Verb = "ok", Data = new JsonObject { ["id"] = 7, ["tags"] = new JsonArray("a", "b") } }],
        };

        var data = card.ToJsonElement().GetProperty("actions")[0].GetProperty("data");

        Assert.Equal(7, data.GetProperty("id").GetInt32());
        Assert.Equal(2, data.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public void WritesATimeAsHoursAndMinutesAndAToggleWithItsValues()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TimeInput { Id = "start", Label = "Begin", Value = new TimeOnly(9, 30) },
                new ToggleInput { Id = "came", Label = "Aanwezig", Title = "Moestuin", Value = "true" },
            ],
        };

        var json = card.ToJson();

        Assert.Contains("\"value\":\"09:30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Input.Toggle\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Moestuin\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAToggleWhoseValueIsNeitherOnNorOff()
    {
        var card = new AdaptiveCard { Body = [new ToggleInput { Id = "came", Label = "Aanwezig", Title = "Moestuin", Value = "ja" }] };

        Assert.Single(card.Validate());
    }

    [Fact]
    public void IndentedAndCompactJsonAreTheSameCard()
    {
        var card = ReferralStatusCard.Create();

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(card.ToJson()), JsonNode.Parse(card.ToJson(indented: true))));
        Assert.Contains('\n', card.ToJson(indented: true));
    }

    private static IEnumerable<string> AllTypes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "type" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : AllTypes(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllTypes),
        _ => [],
    };
}
