using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// Bad input on every card button (docs/security.md): the data each button of the authorization matrix sends, with
/// each field left out, empty, too long, with a control character, or of another JSON type, pressed by someone the row
/// allows. Every press is answered with a card that says what is wrong (or does what was asked), never with the card
/// for a failure ("Er ging iets mis"), which would mean the input broke the handler.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CardBadInputTests(AzuriteFixture azurite, MatrixHost shared) : IClassFixture<MatrixHost>
{
    public static TheoryData<string> Verbs() =>
        [.. AuthorizationMatrix.Rows.Where(r => r.Kind == MatrixKind.Verb && r.Allowed.Count > 0).Select(r => r.Key)];

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task EveryBrokenFieldIsAnsweredWithACardNotAFailure(string verb)
    {
        var host = await shared.StartAsync(azurite);
        var row = AuthorizationMatrix.Rows.Single(r => r.Key == verb);
        var who = host.Town[row.Allowed.Order().First()];
        var failure = Failure(host);

        var failures = new List<string>();
        foreach (var (what, data) in Broken((await row.Call!(host.Town)).Data!))
        {
            try
            {
                var card = await host.PressAsync(who, MatrixRequest.Press(verb, data));
                if (BotConversation.TextOf(card).Contains(failure, StringComparison.Ordinal))
                {
                    failures.Add(what);
                }
            }
            catch (Xunit.Sdk.XunitException e)
            {
                // Not even a card: the invoke's answer itself was wrong (a 500).
                failures.Add($"{what} ({e.Message.ReplaceLineEndings(" ")})");
            }
        }

        Assert.True(failures.Count == 0, $"{verb} failed on: " + string.Join("; ", failures));
    }

    /// <summary>The valid data with one field broken at a time, and an unknown field added.</summary>
    private static IEnumerable<(string What, JsonObject Data)> Broken(JsonObject valid)
    {
        JsonNode?[] variants = [null, string.Empty, new string('x', 5_000), BadInput.Unreadable, 42, new JsonArray(), new JsonObject()];
        foreach (var name in valid.Select(p => p.Key).ToList())
        {
            var without = valid.DeepClone().AsObject();
            without.Remove(name);
            yield return ($"{name} left out", without);
            foreach (var variant in variants)
            {
                var data = valid.DeepClone().AsObject();
                data[name] = variant?.DeepClone();
                yield return ($"{name} = {variant?.ToJsonString()[..Math.Min(20, variant.ToJsonString().Length)] ?? "null"}", data);
            }
        }

        var extra = valid.DeepClone().AsObject();
        extra["unexpected"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        yield return ("an unknown field", extra);
    }

    private static string Failure(MatrixHost host)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("nl");
        try
        {
            return host.App.Services.GetRequiredService<IStringLocalizer<BotTexts>>()["Error.Generic"];
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
