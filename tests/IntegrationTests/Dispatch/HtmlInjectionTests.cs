using System.Text.Json;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// Markup in every free-text field (summary, details, decline reason, question, answer, outcome) reaches Graph encoded
/// and the Bot Connector as plain strings in text blocks, never as a link or an image.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HtmlInjectionTests(AzuriteFixture azurite)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";
    private const string Payload = Script + " " + Image;
    private const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private const string EncodedImage = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    [Fact]
    public async Task MarkupInEveryFreeTextFieldArrivesEncodedInMailAndAsPlainTextOnCards()
    {
        await using var host = await DispatchHost.StartAsync(azurite);
        var town = host.Town;
        var specialist = town.Specialist.Id;

        var handled = await host.CreateAsync(host.Draft("Vraag " + Payload, details: Payload));
        await host.DrainAsync();
        Assert.True((await host.Referrals.RequestInformationAsync(handled.Id, specialist, "Welke " + Payload, CancellationToken.None))!.IsValid);
        await host.DrainAsync();
        Assert.True((await host.Referrals.ProvideInformationAsync(handled.Id, town.Referrer.Id, "Deze " + Payload, CancellationToken.None))!.IsValid);
        await host.DrainAsync();
        Assert.True((await host.Referrals.AcceptAsync(handled.Id, specialist, CancellationToken.None))!.IsValid);
        await host.DrainAsync();
        Assert.True((await host.Referrals.CompleteAsync(handled.Id, specialist, "Klaar " + Payload, CancellationToken.None))!.IsValid);
        await host.DrainAsync();

        var declined = await host.CreateAsync(host.Draft("Andere " + Payload, details: null));
        await host.DrainAsync();
        Assert.True((await host.Referrals.DeclineAsync(declined.Id, specialist, "Niet " + Payload, CancellationToken.None))!.IsValid);
        await host.DrainAsync();

        // Mail: new request (x2), question, answer, completed, declined; markup only ever encoded.
        var mails = host.Mails();
        Assert.Equal(6, mails.Count);
        host.AssertNoMailTwice();
        foreach (var mail in mails)
        {
            Assert.DoesNotContain("<script", mail.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", mail.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror=alert(1)>", mail.Html, StringComparison.Ordinal);
            Assert.Contains(EncodedScript, mail.Html, StringComparison.Ordinal);
            Assert.Contains(EncodedImage, mail.Html, StringComparison.Ordinal);
        }

        Assert.Contains(mails, m => m.Html.Contains($"{EncodedScript} {EncodedImage}</", StringComparison.Ordinal)
            && m.Subject.StartsWith("Nieuwe doorverwijzing: Vraag", StringComparison.Ordinal)); // details
        foreach (var said in new[] { "Welke ", "Deze ", "Klaar ", "Niet " })
        {
            Assert.Single(mails, m => m.Html.Contains(said + EncodedScript + " " + EncodedImage, StringComparison.Ordinal));
        }

        // Cards: the texts are the very strings people typed, in text blocks; no link, image or URL carries them.
        var cards = host.Connector.AllDelivered.Select(d => DispatchHost.CardOf(d.Activity)).ToList();
        Assert.NotEmpty(cards);
        var carriers = cards.SelectMany(c => Carriers(c, "AdaptiveCard")).ToList();
        Assert.All(carriers, c =>
        {
            // Plain-text places only: text blocks, facts, button titles, and the card's fallback text.
            Assert.True(
                (c.Type, c.Property) is ("TextBlock", "text") or ("Fact", "title" or "value") or ("Action.Execute", "title") or ("AdaptiveCard", "fallbackText"),
                $"{c.Type}.{c.Property} holds markup");
            Assert.DoesNotContain("](", c.Value, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(cards, c => c.GetRawText().Contains("\"Image\"", StringComparison.Ordinal) && c.GetRawText().Contains("onerror", StringComparison.Ordinal));
        var textBlocks = carriers.Where(c => c.Type == "TextBlock").Select(c => c.Value).ToHashSet();
        Assert.Contains(Payload, textBlocks); // details
        Assert.Contains("Verwijzing: Vraag " + Payload, textBlocks); // summary
        Assert.Contains("Welke " + Payload, textBlocks); // question, on the referrer's card
        Assert.Contains("Klaar " + Payload, textBlocks); // outcome
        Assert.Contains("Niet " + Payload, textBlocks); // decline reason
        Assert.Equal(ReferralStatus.Completed, (await town.GetAsync(handled.Id)).Referral.Status);
    }

    /// <summary>Every string property holding markup, with the type of the element it sits in.</summary>
    private static IEnumerable<(string Type, string Property, string Value)> Carriers(JsonElement element, string type)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in Carriers(item, type))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var own = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : type;
            if (own == type && element.TryGetProperty("title", out _) && element.TryGetProperty("value", out _) && !element.TryGetProperty("type", out _))
            {
                own = "Fact";
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    var value = property.Value.GetString()!;
                    if (value.Contains("<script>", StringComparison.Ordinal) || value.Contains("<img", StringComparison.Ordinal))
                    {
                        yield return (own, property.Name, value);
                    }
                }
                else
                {
                    foreach (var found in Carriers(property.Value, own))
                    {
                        yield return found;
                    }
                }
            }
        }
    }
}
