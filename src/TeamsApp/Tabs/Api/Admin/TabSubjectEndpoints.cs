using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>
/// Access and erasure requests of a data subject (art. 15 and 17 AVG), for the Beheerder (the admin group's guard):
/// the person by id or e-mail; 400 and nothing done on bad input, 404 when nobody matches. The audit record of each
/// names the person's placeholder, never their id.
/// </summary>
internal static class TabSubjectEndpoints
{
    public const string AuditObject = "subject";

    public static void MapTabSubjects(this RouteGroupBuilder admin)
    {
        // POST, not GET: the person's address travels in the body, never in a URL that request logs and telemetry keep.
        admin.MapPost("/subjects/export", ExportAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes));
        admin.MapPost("/subjects/erase", EraseAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes));
    }

    private static async Task<IResult> ExportAsync(
        SubjectExportRequest? request,
        SubjectRightsService rights,
        INetworkStore network,
        IOptions<WijkverbinderOptions> options,
        IStringLocalizer<SubjectTexts> text,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var lookup = SubjectLookup.Parse(request?.Id, request?.Email);
        if (!lookup.IsValid)
        {
            return problems.Invalid(lookup.Errors);
        }

        if (await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken) is not { } municipality
            || await rights.ExportAsync(municipality, lookup.Value!, cancellationToken) is not { } export)
        {
            return problems.NotFound();
        }

        AuditNote.About(AuditObject, rights.Placeholder(export.Subject));
        return Results.Text(
            SubjectExportDocument.Serialize(SubjectExportDocument.Of(export, text)),
            SubjectExportDocument.MimeType,
            System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> EraseAsync(
        SubjectErasureRequest? request,
        SubjectRightsService rights,
        INetworkStore network,
        IOptions<WijkverbinderOptions> options,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var lookup = SubjectLookup.Parse(request?.Id, request?.Email);
        if (!lookup.IsValid)
        {
            return problems.Invalid(lookup.Errors);
        }

        if (!lookup.Value!.IsConfirmedBy(request!.Confirm))
        {
            return problems.Invalid([new ValidationError("confirm", ValidationCodes.ConfirmationMismatch)]);
        }

        if (await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken) is not { } municipality
            || await rights.FindAsync(municipality, lookup.Value, cancellationToken) is not { } subject)
        {
            return problems.NotFound();
        }

        AuditNote.About(AuditObject, rights.Placeholder(subject));
        var erasure = await rights.EraseAsync(municipality, lookup.Value, cancellationToken);
        return erasure is null ? problems.NotFound() : Results.Ok(SubjectErasureResponse.Of(erasure));
    }
}
