using System.Text.Json.Nodes;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Wijkverbinder.IntegrationTests.Authorization.Persona;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// The authorization matrix (docs/security.md): every endpoint of the TeamsApp and every card verb of the bot, with
/// who may call it. A new endpoint or verb without a row fails <see cref="AuthorizationMatrixTests"/>; adding one is
/// one line here. Endpoint keys are "METHOD /route" with parameters as {name} (constraints left out).
/// </summary>
public static class AuthorizationMatrix
{
    private static readonly HttpMethod Get = HttpMethod.Get, Post = HttpMethod.Post, Put = HttpMethod.Put;

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Tab API (Teams SSO): the roles are the colleague directory's; need-to-know on top.
        Tab("GET /api/tab/me", Allow.WithRole, _ => Http(Get, "/api/tab/me")),
        Tab("GET /api/tab/referrals", Allow.WithRole, _ => Http(Get, "/api/tab/referrals")),
        Tab("GET /api/tab/referrals/{id}", Allow.Only(Team, Specialist), async t => Http(Get, $"/api/tab/referrals/{await t.ReferralAsync()}")),
        Tab("POST /api/tab/referrals/{id}/{action}", Allow.Only(Specialist), async t => Http(Post, $"/api/tab/referrals/{await t.ReferralAsync()}/accept", new { })),
        Tab("GET /api/tab/meetings", Allow.WithRole, _ => Http(Get, "/api/tab/meetings")),
        Tab("GET /api/tab/meetings/{id}", Allow.Only(Manager, Team), async t => Http(Get, $"/api/tab/meetings/{await t.MeetingAsync()}")),
        Tab("POST /api/tab/meetings/{id}/cancel", Allow.Only(Manager), async t => Http(Post, $"/api/tab/meetings/{await t.MeetingAsync()}/cancel", new { reason = "Zaal niet beschikbaar" })),
        Tab("POST /api/tab/meetings/{id}/actions", Allow.Only(Manager), async t => Http(Post, $"/api/tab/meetings/{await t.MeetingAsync()}/actions", new { text = "Verslag", owner = t[Team].Id.Value, dueOn = "2026-12-20" })),
        Tab("POST /api/tab/meetings/{id}/actions/{number}/done", Allow.Only(Manager, Team), async t => Http(Post, $"/api/tab/meetings/{await t.MeetingAsync()}/actions/1/done", new { })),
        Tab("POST /api/tab/meetings/{id}/answer", Allow.Only(Team), async t => Http(Post, $"/api/tab/meetings/{await t.MeetingAsync()}/answer", new { answer = "Accepted" })),
        Tab("GET /api/tab/audit", Allow.Only(Admin, OtherAdmin), _ => Http(Get, "/api/tab/audit")),
        Tab("POST /api/tab/admin/subjects/export", Allow.Only(Admin, OtherAdmin), t => Http(Post, "/api/tab/admin/subjects/export", new { id = t[NoRole].Id.Value })),
        Tab("POST /api/tab/admin/subjects/erase", Allow.Only(Admin, OtherAdmin), async t => { var id = await t.LeaverAsync(); return Http(Post, "/api/tab/admin/subjects/erase", new { id, confirm = id }); }),
        Tab("GET /api/tab/consent", Allow.WithRoleAndNoRole, _ => Http(Get, "/api/tab/consent")),
        Tab("PUT /api/tab/consent/{memberId}", Allow.Only(Social), t => Http(Put, $"/api/tab/consent/{t.SocialsEntry.Id}", new { show = true })),
        Tab("PUT /api/tab/admin/municipality", Allow.Only(Admin, OtherAdmin), t => Http(Put, "/api/tab/admin/municipality", t.MunicipalityBody())),
        Tab("GET /api/tab/admin/colleagues", Allow.Only(Admin, OtherAdmin), _ => Http(Get, "/api/tab/admin/colleagues")),
        Tab("PUT /api/tab/admin/colleagues/{id}", Allow.Only(Admin, OtherAdmin), t => Http(Put, $"/api/tab/admin/colleagues/{Domain.Colleagues.ColleagueId.ForPerson(Guid.NewGuid()).Value}", new { name = "Nieuwe collega", mail = "nieuw@gemeente.example", roles = new[] { "DistrictTeam" }, districts = new[] { t.Town.District1 } })),

        // [Programme] on the tab API: the wijkprogramma is read by every role and changed by the area's wijkteam and
        // wijkmanager; the budget is the budget roles', its requests the area's, its decisions the holder's (Specialist);
        // the tent of area A is requested by district 1's wijkteam and wijkmanager and decided by its approver (Manager).
        Tab("GET /api/tab/programme/{area}", Allow.WithRole, t => Http(Get, $"/api/tab/programme/{t.Town.AreaA}")),
        Tab("PUT /api/tab/programme/{area}/themes/{theme}/goals", Allow.Only(Manager, Team), async t => Http(Put, $"/api/tab/programme/{t.Town.AreaA}/themes/meedoen/goals", new { goals = new[] { "Elke straat een buurtapp" }, version = await t.GoalsVersionAsync() })),
        Tab("GET /api/tab/programme/{area}/successes", Allow.WithRole, t => Http(Get, $"/api/tab/programme/{t.Town.AreaA}/successes")),
        Tab("POST /api/tab/programme/{area}/successes", Allow.Only(Manager, Team), t => Http(Post, $"/api/tab/programme/{t.Town.AreaA}/successes", new { initiative = t.Garden.Id.ToString(), story = "De moestuin gaf veertig kilo groente" })),
        Tab("GET /api/tab/budget", Allow.Only(Manager, Team, Social, Admin, OtherManager, OtherTeam, OtherSocial, OtherAdmin), _ => Http(Get, "/api/tab/budget")),
        Tab("GET /api/tab/budget/areas/{area}/requests", Allow.Only(Manager, Team, Social, Admin, OtherAdmin), t => Http(Get, $"/api/tab/budget/areas/{t.Town.AreaA}/requests")),
        Tab("PUT /api/tab/budget/areas/{area}/years/{year}", Allow.Only(Manager, Admin, OtherAdmin), t => Http(Put, $"/api/tab/budget/areas/{t.Town.AreaA}/years/{t.Year}", new { amount = "25000.00", holder = t[Specialist].Id.Value })),
        Tab("POST /api/tab/budget/requests", Allow.Only(Manager, Team, Social), t => Http(Post, "/api/tab/budget/requests", t.BudgetBody())),
        Tab("POST /api/tab/budget/requests/{id}/{action}", Allow.Only(Specialist), async t => Http(Post, $"/api/tab/budget/requests/{await t.BudgetRequestAsync()}/decline", new { reason = "Past niet in het programma" })),
        Tab("POST /api/tab/budget/requests/{id}/spending", Allow.Only(Team, Specialist), async t => Http(Post, $"/api/tab/budget/requests/{await t.GrantedBudgetRequestAsync()}/spending", new { amount = "10.00", note = "Zaden" })),
        Tab("POST /api/tab/board-access", Allow.Only(Manager, Team, Social), t => Http(Post, "/api/tab/board-access", new { what = "Fietsschouw met de wethouder", district = t.Town.District1, theme = "meedoen", preferredPeriod = "voorjaar" })),
        Tab("GET /api/tab/resources", Allow.Only(Manager, Team, Admin, OtherManager, OtherTeam, OtherAdmin), _ => Http(Get, "/api/tab/resources")),
        Tab("POST /api/tab/resources", Allow.Only(Manager, Admin, OtherAdmin), t => Http(Post, "/api/tab/resources", new { name = t.NewResourceName(), area = t.Town.AreaA.ToString(), approver = t[Manager].Id.Value })),
        Tab("PUT /api/tab/resources/{id}", Allow.Only(Manager, Admin, OtherAdmin), async t => Http(Put, $"/api/tab/resources/{t.Tent.Id}", await t.TentChangeAsync())),
        Tab("POST /api/tab/resources/{id}/retire", Allow.Only(Manager, Admin, OtherAdmin), async t => { var r = await t.NewResourceAsync(); return Http(Post, $"/api/tab/resources/{r.Id}/retire", new { reason = "Versleten", version = r.Version }); }),
        Tab("GET /api/tab/resources/{id}/calendar", Allow.Only(Manager, Team, Admin, OtherManager, OtherTeam, OtherAdmin), t => Http(Get, $"/api/tab/resources/{t.Tent.Id}/calendar")),
        Tab("POST /api/tab/resources/{id}/bookings", Allow.Only(Manager, Team), t => Http(Post, $"/api/tab/resources/{t.Tent.Id}/bookings", t.BookingBody())),
        Tab("POST /api/tab/bookings/{id}/approve", Allow.Only(Manager), async t => Http(Post, $"/api/tab/bookings/{await t.BookingAsync()}/approve", new { })),
        Tab("POST /api/tab/bookings/{id}/decline", Allow.Only(Manager), async t => Http(Post, $"/api/tab/bookings/{await t.BookingAsync()}/decline", new { reason = "De tent is in reparatie" })),
        Tab("POST /api/tab/bookings/{id}/cancel", Allow.Only(Manager, Team), async t => Http(Post, $"/api/tab/bookings/{await t.BookingAsync()}/cancel", new { reason = "Gaat niet door" })),

        // Bot buttons: the same role rules (RoleRules) and need-to-know as the tabs.
        Verb("help", Allow.Everyone, _ => Data()),
        Verb("showRegister", Allow.Only(Manager, Team, OtherManager, OtherTeam), _ => Data()),
        Verb("registerInitiative", Allow.Only(Manager, Team), t => Data(("name", "Buurtmoestuin"), ("district", t.Town.District1), ("themes", "meedoen"))),
        Verb("showFind", Allow.Only(Manager, Team, Social, Admin, OtherManager, OtherTeam, OtherSocial, OtherAdmin), _ => Data()),
        Verb("find", Allow.Only(Manager, Team, Social, Admin), t => Data(("district", t.Town.District1))),
        Verb("showSummary", Allow.Only(Manager, Team, Social, Admin, OtherManager, OtherTeam, OtherSocial, OtherAdmin), _ => Data()),
        Verb("districtSummary", Allow.Only(Manager, Team, Social, Admin), t => Data(("district", t.Town.District1))),
        Verb("referral.start", Allow.Only(Manager, Team, Social, OtherManager, OtherTeam, OtherSocial), _ => Data()),
        Verb("referral.form", Allow.Only(Manager, Team, Social), t => Data(("district", t.Town.District1), ("theme", "armoede"))),
        Verb("referral.create", Allow.Only(Manager, Team, Social), t => Data(("district", t.Town.District1), ("theme", "armoede"), ("subject", "ResidentQuestion"), ("summary", "Hulp bij formulieren"), ("receiver", t[Specialist].Id.Value), ("personalData", "false"))),
        Verb("referral.mine", Allow.WithRole, _ => Data()),
        Verb("referral.show", Allow.Only(Team, Specialist), async t => Data(("referralId", await t.ReferralAsync()))),
        Verb("referral.refresh", Allow.Only(Team, Specialist), async t => Data(("referralId", await t.ReferralAsync()))),
        Verb("referral.accept", Allow.Only(Specialist), async t => Data(("referralId", await t.ReferralAsync()))),
        Verb("referral.decline", Allow.Only(Specialist), async t => Data(("referralId", await t.ReferralAsync()), ("reason", "Niet mijn thema"))),
        Verb("referral.forward", Allow.Only(Specialist), async t => Data(("referralId", await t.ReferralAsync()), ("to", t[Social].Id.Value), ("note", "Voor jullie"))),
        Verb("referral.requestInformation", Allow.Only(Specialist), async t => Data(("referralId", await t.ReferralAsync()), ("question", "Welk adres?"))),
        Verb("referral.provideInformation", Allow.Only(Team), async t => Data(("referralId", await t.QuestionedReferralAsync()), ("answer", "Zie boven"))),
        Verb("referral.complete", Allow.Only(Specialist), async t => Data(("referralId", await t.AcceptedReferralAsync()), ("outcome", "Geholpen"))),
        Verb("consent.show", Allow.WithRoleAndNoRole, _ => Data()),
        Verb("consent.give", Allow.Only(Social), t => Data(("member", t.SocialsEntry.Id.ToString()))),
        Verb("consent.withdraw", Allow.Only(Social), t => Data(("member", t.SocialsEntry.Id.ToString()))),
        Verb("meetingPlan.form", Allow.Only(Manager, Team, OtherManager, OtherTeam), _ => Data()),
        Verb("meetingPlan.invitees", Allow.Only(Manager, Team), t => Data(("scope", t.Town.District1), ("themes", "meedoen"))),
        Verb("meetingPlan.create", Allow.Only(Manager, Team), t => Data(("kind", "ThemeMeeting"), ("title", "Samen koken"), ("scope", t.Town.District1), ("themes", "meedoen"), ("date", "2026-12-10"), ("start", "19:00"), ("end", "21:00"), ("location", "Buurthuis"), ("online", "false"), ("invite.0", "member:" + t.Garden.Id))),
        Verb("meeting.refresh", Allow.Only(Manager, Team), async t => Data(("meetingId", await t.MeetingAsync()))),
        Verb("meeting.accept", Allow.Only(Team), async t => Data(("meetingId", await t.MeetingAsync()))),
        Verb("meeting.tentative", Allow.Only(Team), async t => Data(("meetingId", await t.MeetingAsync()))),
        Verb("meeting.decline", Allow.Only(Team), async t => Data(("meetingId", await t.MeetingAsync()))),
        Verb("meeting.attendance", Allow.Only(Manager), async t => Data(("meetingId", await t.MeetingAsync()))),
        Verb("meeting.agreeAction", Allow.Only(Manager), async t => Data(("meetingId", await t.MeetingAsync()), ("actionText", "Verslag"), ("actionOwner", t[Team].Id.Value), ("actionDueOn", "2026-12-20"))),
        Verb("meeting.completeAction", Allow.Only(Manager, Team), async t => Data(("meetingId", await t.MeetingAsync()), ("actionNumber", "1"))),
        Verb("meeting.feedback", Allow.Only(Manager, Team), async t => Data(("meetingId", await t.MeetingAsync()), ("usefulness", "4"))),
        Verb("budget.form", Allow.Only(Manager, Team, Social, OtherManager, OtherTeam, OtherSocial), _ => Data()),
        Verb("budget.submit", Allow.Only(Manager, Team, Social), t => Data([.. t.BudgetFormData()])),
        Verb("budget.assess", Allow.Only(Specialist), async t => Data(("referralId", await t.BudgetRequestAsync()))),
        Verb("budget.grant", Allow.Only(Specialist), async t => Data([("referralId", await t.BudgetRequestAsync()), ("amount", "100,00"), ("reason", "Past bij het programma"), .. t.ChecklistAllMet()])),
        Verb("budget.decline", Allow.Only(Specialist), async t => Data(("referralId", await t.BudgetRequestAsync()), ("reason", "Past niet in het programma"))),
        Verb("booking.approve", Allow.Only(Manager), async t => Data(("bookingId", await t.BookingAsync()))),
        Verb("booking.decline", Allow.Only(Manager), async t => Data(("bookingId", await t.BookingAsync()), ("bookingReason", "De tent is in reparatie"))),
        Verb("success.submit", Allow.Only(Manager, Team), t => Data(("initiative", t.Garden.Id.ToString()), ("story", "Veertig buren oogstten samen"), ("video", "https://video.example/oogst"))),
        Verb("reserve.submit", Allow.Only(Manager, Team), t => Data([("resource", t.Tent.Id.ToString()), .. t.BookingFormData()])),
        Verb("board.submit", Allow.Only(Manager, Team, Social), t => Data(("what", "Fietsschouw met de wethouder"), ("district", t.Town.District1), ("theme", "meedoen"), ("preferredPeriod", "voorjaar"))),

        // Development only, loopback only: the local API (actor header, no sign-in) and Graph's stand-in.
        Dev("GET /api/municipalities"),
        Dev("GET /api/municipalities/{code}"),
        Dev("GET /api/municipalities/{code}/districts"),
        Dev("GET /api/districts/{code}/network"),
        Dev("GET /api/areas/{areaId}/network"),
        Dev("GET /api/areas/{areaId}/members"),
        Dev("GET /api/members/{memberId}"),
        Dev("POST /api/initiatives"),
        Dev("POST /api/partners"),
        Dev("POST /api/people"),
        Dev("PUT /api/initiatives/{memberId}"),
        Dev("PUT /api/partners/{memberId}"),
        Dev("PUT /api/people/{memberId}"),
        Dev("POST /api/members/{memberId}/ties"),
        Dev("PUT /api/members/{memberId}/ties/{otherId}/{type}"),
        Dev("POST /api/referrals"),
        Dev("GET /api/referrals"),
        Dev("GET /api/referrals/{id}"),
        Dev("POST /api/referrals/{id}/{action}"),
        Dev("GET /api/municipalities/{code}/routing-rules"),
        Dev("PUT /api/municipalities/{code}/routing-rules"),
        Dev("DELETE /api/municipalities/{code}/routing-rules/{theme}/{scope}"),
        Dev("GET /api/municipalities/{code}/colleagues"),
        Dev("GET /api/municipalities/{code}/colleagues/{id}"),
        Dev("PUT /api/municipalities/{code}/colleagues/{id}"),
        Dev("GET /api/admin/poison"),
        Dev("POST /api/admin/poison/replay"),
        Dev("POST /dev/graph/v1.0/users/{mailbox}/sendMail"),
        Dev("GET /dev/graph/v1.0/users/{mailbox}/mailFolders/{folder}/messages"),
        Dev("GET /dev/outbox"),
        Dev("GET /dev/outbox.json"),
        Dev("POST /dev/graph/v1.0/users/{mailbox}/events"),
        Dev("PATCH /dev/graph/v1.0/users/{mailbox}/events/{id}"),
        Dev("POST /dev/graph/v1.0/users/{mailbox}/events/{id}/cancel"),
        Dev("GET /dev/calendar"),
        Dev("GET /dev/calendar.json"),
        Dev("GET /dev/sign-in"),
        Dev("POST /dev/sign-in/token"),

        // No data without a sign-in: page shells sign in over the circuit (the pages' role gate is TabRoles, from RoleRules).
        NoData("GET /tabs/referrals", Page),
        NoData("POST /tabs/referrals", Page),
        NoData("GET /tabs/meetings", Page),
        NoData("POST /tabs/meetings", Page),
        NoData("GET /tabs/status", Page),
        NoData("POST /tabs/status", Page),
        NoData("GET /tabs/status/configure", Page),
        NoData("POST /tabs/status/configure", Page),
        NoData("GET /tabs/configure", Page),
        NoData("POST /tabs/configure", Page),
        NoData("GET /tabs/programme/configure", Page),
        NoData("POST /tabs/programme/configure", Page),
        NoData("GET /tabs/admin", Page),
        NoData("POST /tabs/admin", Page),
        NoData("GET /tabs/programme", Page),
        NoData("POST /tabs/programme", Page),
        NoData("GET /tabs/budget", Page),
        NoData("POST /tabs/budget", Page),
        NoData("GET /tabs/resources", Page),
        NoData("POST /tabs/resources", Page),
        NoData("ANY /_blazor", Circuit),
        NoData("ANY /_blazor/negotiate", Circuit),
        NoData("ANY /_blazor/disconnect", Circuit),
        NoData("ANY /_blazor/initializers", Circuit),
        NoData("GET /_framework/opaque-redirect", "Blazor's redirect helper for enhanced navigation; no data"),
        NoData("ANY /health", "health check for App Service; no data"),
        NoData("ANY /alive", "liveness check; no data"),
        NoData("POST /api/tab-sign-in/ticket", "trades a Teams SSO token for a one-time ticket for the page's circuit: no data; a refused token's ticket carries its refusal (TabSignInTicketTests)"),
        NoData("POST /api/messages", "the bot endpoint: a Bot Connector token (Protocol.Tests); every card verb it carries has a row above"),
    ];

    private const string Page = "page shell: no data until the circuit signs in; the page's role gate is TabRoles (from RoleRules), tested in Tabs.Tests";

    private const string Circuit = "the Blazor circuit of a page; what it shows is decided after sign-in, as the page's row says";

    private static MatrixRow Tab(string key, IReadOnlySet<Persona> allowed, Func<MatrixTown, Task<MatrixRequest>> call) => new(key, MatrixKind.TabApi, allowed, call);

    private static MatrixRow Tab(string key, IReadOnlySet<Persona> allowed, Func<MatrixTown, MatrixRequest> call) => new(key, MatrixKind.TabApi, allowed, t => Task.FromResult(call(t)));

    private static MatrixRow Verb(string verb, IReadOnlySet<Persona> allowed, Func<MatrixTown, Task<JsonObject>> data) =>
        new(verb, MatrixKind.Verb, allowed, async t => MatrixRequest.Press(verb, await data(t)));

    private static MatrixRow Verb(string verb, IReadOnlySet<Persona> allowed, Func<MatrixTown, JsonObject> data) =>
        new(verb, MatrixKind.Verb, allowed, t => Task.FromResult(MatrixRequest.Press(verb, data(t))));

    private static MatrixRow Dev(string key) => new(key, MatrixKind.DevelopmentOnly, Allow.Nobody, null);

    private static MatrixRow NoData(string key, string reason) => new(key, MatrixKind.NoData, Allow.Everyone, null, reason);

    private static MatrixRequest Http(HttpMethod method, string url, object? body = null) => MatrixRequest.Http(method, url, body);

    private static JsonObject Data(params (string Key, string Value)[] fields) => new(fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value))));

}
