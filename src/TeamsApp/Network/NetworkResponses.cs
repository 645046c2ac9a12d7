using System.Globalization;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Network.Contracts;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>Domain to response shapes.</summary>
internal static class NetworkResponses
{
    public static MemberResponse Member(Member member, IReadOnlyList<Tie>? ties = null)
    {
        var response = new MemberResponse
        {
            Id = member.Id.ToString(),
            Kind = member.Kind.ToString(),
            Name = member.Name,
            Districts = member.Districts,
            Themes = member.Themes,
            JoinedOn = Date(member.JoinedOn),
            Version = member.Version,
            Ties = ties?.Select(Tie).ToList(),
        };
        return member switch
        {
            Initiative i => response with { Occasional = i.Occasional, Description = i.Description },
            Partner p => response with { PartnerKind = p.PartnerKind.ToString() },
            Person p => response with
            {
                Roles = p.Roles.Select(r => r.ToString()).ToList(),
                ShowContactDetails = p.ShowContactDetails,
                ConsentRecordedOn = p.ConsentRecordedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),

                // Contact details only with the person's opt-in (AVG): otherwise they are not shown to anyone.
                Email = p.ShowContactDetails ? p.Email : null,
                Phone = p.ShowContactDetails ? p.Phone : null,
            },
            _ => response,
        };
    }

    public static TieResponse Tie(Tie tie) =>
        new(tie.From.ToString(), tie.To.ToString(), tie.Type.ToString(), Date(tie.Since), Date(tie.LastContactOn), tie.Version);

    public static NetworkResponse Network(string scope, string code, string name, NetworkView view) =>
        new(scope, code, name, view.Members.Select(m => Member(m)).ToList(), view.Ties.Select(Tie).ToList());

    public static DistrictResponse District(Municipality municipality, District district) =>
        new(district.Code, district.Name, district.Area.ToString(), municipality.FindArea(district.Area)?.Name ?? string.Empty, district.Inferred);

    public static MunicipalityResponse Municipality(Municipality municipality) => new(
        municipality.Code,
        municipality.Name,
        municipality.Areas.Select(a => new AreaResponse(a.Id.ToString(), a.Name, a.DistrictCodes)).ToList(),
        municipality.Districts.Select(d => District(municipality, d)).ToList(),
        municipality.Themes.Select(t => new ThemeResponse(t.Id, t.Name)).ToList());

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
