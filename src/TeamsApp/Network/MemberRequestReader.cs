using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Network.Contracts;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>Turns a <see cref="MemberRequest"/> into a domain member of the kind the address names.</summary>
internal static class MemberRequestReader
{
    /// <summary>
    /// Reads the request. The member always comes back, with a stand-in where a value was unreadable (that field is
    /// in the errors), so the domain can still check everything else.
    /// </summary>
    public static (Member Member, IReadOnlyList<TieInput> Ties, List<ValidationError> Errors) Read(
        MemberKind kind, MemberRequest request, MemberId id, DateOnly joinedOnByDefault, string? version)
    {
        var reader = new RequestReader();
        var districts = reader.Codes(request.Districts, "districts");
        var themes = reader.Codes(request.Themes, "themes");
        var joinedOn = reader.Date(request.JoinedOn, "joinedOn") ?? joinedOnByDefault;
        var name = request.Name?.Trim() ?? string.Empty;
        Member member = kind switch
        {
            MemberKind.Initiative => new Initiative
            {
                Id = id, Name = name, Districts = districts, Themes = themes, JoinedOn = joinedOn, Version = version,
                Occasional = request.Occasional ?? false,
                Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            },
            MemberKind.Partner => new Partner
            {
                Id = id, Name = name, Districts = districts, Themes = themes, JoinedOn = joinedOn, Version = version,
                PartnerKind = reader.Enum<PartnerKind>(request.PartnerKind, "partnerKind") ?? PartnerKind.Other,
            },
            _ => new Person
            {
                Id = id, Name = name, Districts = districts, Themes = themes, JoinedOn = joinedOn, Version = version,
                Roles = ReadRoles(reader, request.Roles),
                Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
                Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim(),
                ShowContactDetails = request.ShowContactDetails ?? false,
            },
        };
        var ties = ReadTies(reader, request.Ties);
        return (member, ties, reader.Errors);
    }

    public static TieInput? ReadTie(RequestReader reader, TieRequest? tie, string prefix)
    {
        if (tie is null)
        {
            reader.Errors.Add(new(prefix.TrimEnd('.'), ValidationCodes.Required));
            return null;
        }

        var type = reader.Enum<TieType>(tie.Type, $"{prefix}type");
        var since = reader.Date(tie.Since, $"{prefix}since");
        var lastContact = reader.Date(tie.LastContactOn, $"{prefix}lastContactOn");
        return type is null ? null : new TieInput(tie.Other, type.Value, since, lastContact);
    }

    private static List<TieInput> ReadTies(RequestReader reader, IReadOnlyList<TieRequest>? ties)
    {
        var inputs = new List<TieInput>();
        for (var i = 0; i < (ties?.Count ?? 0); i++)
        {
            if (ReadTie(reader, ties![i], $"ties[{i}].") is { } input)
            {
                inputs.Add(input);
            }
        }

        return inputs;
    }

    private static List<PersonRole> ReadRoles(RequestReader reader, IReadOnlyList<string>? roles)
    {
        var list = new List<PersonRole>();
        for (var i = 0; i < (roles?.Count ?? 0); i++)
        {
            if (reader.Enum<PersonRole>(roles![i], $"roles[{i}]") is { } role && !list.Contains(role))
            {
                list.Add(role);
            }
        }

        return list;
    }
}
