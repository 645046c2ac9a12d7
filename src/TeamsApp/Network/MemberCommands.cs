using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Network.Contracts;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>Write handlers for members. Every refusal happens before anything is written.</summary>
internal static class MemberCommands
{
    public static Delegate Create(MemberKind kind) =>
        async (MemberRequest? request, NetworkRegistry registry, ApiProblems problems, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (request is null)
            {
                return problems.Invalid([new ValidationError("body", ValidationCodes.Required)]);
            }

            var today = DutchTime.Today(clock);
            var (member, ties, errors) = MemberRequestReader.Read(kind, request, default, today, version: null);
            var result = await registry.CreateMemberAsync(member, ties, cancellationToken, errors);
            if (!result.IsValid)
            {
                return problems.Invalid(result.Errors);
            }

            var created = result.Value!;
            return Results.CreatedAtRoute("GetMember", new { memberId = created.Member.Id.ToString() }, NetworkResponses.Member(created.Member, created.Ties));
        };

    public static Delegate Update(MemberKind kind) =>
        async (string memberId, MemberRequest? request, HttpContext context, NetworkRegistry registry, ApiProblems problems, CancellationToken cancellationToken) =>
        {
            if (!MemberId.TryParse(memberId, out var id))
            {
                return problems.Invalid([new ValidationError("memberId", ValidationCodes.InvalidFormat)]);
            }

            var version = context.Request.Headers.IfMatch.ToString();
            if (string.IsNullOrEmpty(version))
            {
                return problems.VersionRequired();
            }

            if (request is null)
            {
                return problems.Invalid([new ValidationError("body", ValidationCodes.Required)]);
            }

            // A left-out joinedOn keeps the stored one (default means "unchanged" to the registry).
            var (member, _, errors) = MemberRequestReader.Read(kind, request, id, default, version);
            try
            {
                var result = await registry.UpdateMemberAsync(member, cancellationToken, errors);
                if (result is null)
                {
                    return problems.NotFound();
                }

                if (!result.IsValid)
                {
                    return problems.Invalid(result.Errors);
                }

                context.Response.Headers.ETag = result.Value!.Version;
                return Results.Ok(NetworkResponses.Member(result.Value));
            }
            catch (VersionConflictException)
            {
                return problems.Stale();
            }
        };
}
