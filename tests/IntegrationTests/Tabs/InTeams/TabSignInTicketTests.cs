using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// The pages' sign-in ticket (the SSO token stays out of the Blazor circuit): a ticket redeems once, only within its
/// lifetime, and a refused token's ticket gives the same refusal the page showed when it checked the token itself.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabSignInTicketTests(InTeamsApp app) : IClassFixture<InTeamsApp>
{
    [Fact]
    public async Task AGoodTokensTicketSignsInOnceOnly()
    {
        var ticket = await TicketAsync(app.Tokens.For(app.Alex));

        Assert.Equal(app.Alex.Id, Tickets.Redeem(ticket).User?.Id);
        Assert.Equal(TabSignInFailure.InvalidToken, Tickets.Redeem(ticket).Failure);
    }

    [Theory]
    [InlineData("not-a-token", TabSignInFailure.InvalidToken)]
    [InlineData("no-role", TabSignInFailure.NoRole)]
    [InlineData("stranger", TabSignInFailure.NotRegistered)]
    public async Task ARefusedTokensTicketGivesTheSameRefusal(string kind, TabSignInFailure expected)
    {
        var token = kind switch
        {
            "no-role" => app.Tokens.For(app.NoRole),
            "stranger" => app.Tokens.For(app.Alex with { Id = ColleagueId.ForPerson(Guid.NewGuid()), Name = "Onbekend" }),
            _ => kind,
        };

        var signIn = Tickets.Redeem(await TicketAsync(token));

        Assert.Null(signIn.User);
        Assert.Equal(expected, signIn.Failure);
    }

    [Fact]
    public void ATicketExpiresAndAnUnknownOneIsAnInvalidToken()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var tickets = new TabSignInTickets(cache, clock);
        var user = new TabUser(app.Alex.Id, app.Alex.Name, "0202", [AppRole.DistrictTeam], [], []);
        var late = tickets.Issue(TabSignIn.Of(user));
        var inTime = tickets.Issue(TabSignIn.Of(user));

        clock.Advance(TabSignInTickets.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(user, tickets.Redeem(inTime).User);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TabSignInFailure.InvalidToken, tickets.Redeem(late).Failure);
        Assert.Equal(TabSignInFailure.InvalidToken, tickets.Redeem("0123abcd").Failure);
        Assert.Equal(TabSignInFailure.InvalidToken, tickets.Redeem(null).Failure);
    }

    private TabSignInTickets Tickets => app.Services.GetRequiredService<TabSignInTickets>();

    private async Task<string> TicketAsync(string token)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.PostAsync(new Uri(TabSignInTicketEndpoint.Path + "/ticket", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ticket = (await response.Content.ReadFromJsonAsync<TicketResponse>())!.Ticket;
        Assert.Equal(64, ticket.Length);
        return ticket;
    }
}
