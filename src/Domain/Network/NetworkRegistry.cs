using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Network;

/// <summary>
/// The use cases that change the network. Everything is validated before anything is written, so a refused
/// request leaves the store exactly as it was.
/// </summary>
public sealed class NetworkRegistry(INetworkStore store, TimeProvider clock)
{
    private readonly MemberValidator validator = new(clock);

    /// <summary>
    /// Adds a member with its ties. <paramref name="inputErrors"/> are what the caller found unreadable in the input;
    /// they are reported together with every rule the rest breaks, so a client learns of all its mistakes at once.
    /// </summary>
    public async Task<Result<MemberWithTies>> CreateMemberAsync(
        Member draft, IReadOnlyList<TieInput> ties, CancellationToken cancellationToken, IReadOnlyList<ValidationError>? inputErrors = null)
    {
        var municipality = await FindMunicipalityAsync(draft.Districts, cancellationToken);
        var (area, ruleErrors) = validator.Validate(draft, municipality);
        var errors = Merge(inputErrors, ruleErrors);
        if (ties.Count > NetworkLimits.TiesOnCreate)
        {
            errors.Add(new("ties", ValidationCodes.TooMany, NetworkLimits.TiesOnCreate));
        }

        if (errors.Count > 0 || area is null)
        {
            return Result<MemberWithTies>.Refused(errors);
        }

        var member = draft with { Id = MemberId.New(area.Value, clock), Version = null };
        if (member is Person { ShowContactDetails: true } person)
        {
            member = person with { ConsentRecordedOn = DutchTime.Today(clock) };
        }

        var resolved = ResolveTies(member.Id, ties, errors, i => $"ties[{i}].");
        var counterparts = await store.GetMembersAsync(area.Value, resolved.Select(t => t.To).Distinct().ToList(), cancellationToken);
        for (var i = 0; i < resolved.Count; i++)
        {
            if (!counterparts.ContainsKey(resolved[i].To))
            {
                errors.Add(new($"ties[{i}].other", ValidationCodes.UnknownMember, resolved[i].To.ToString()));
            }
        }

        if (errors.Count > 0)
        {
            return Result<MemberWithTies>.Refused(errors);
        }

        return Result<MemberWithTies>.Success(await store.CreateMemberAsync(member, resolved, counterparts, cancellationToken));
    }

    /// <summary>
    /// Replaces a member's details, read at <see cref="Member.Version"/>. A default <see cref="Member.JoinedOn"/> keeps
    /// the stored date. Returns null when the member does not exist.
    /// </summary>
    public async Task<Result<Member>?> UpdateMemberAsync(
        Member changed, CancellationToken cancellationToken, IReadOnlyList<ValidationError>? inputErrors = null)
    {
        var current = await store.GetMemberAsync(changed.Id, cancellationToken);
        if (current is null)
        {
            return null;
        }

        if (changed.JoinedOn == default)
        {
            changed = changed with { JoinedOn = current.Member.JoinedOn };
        }

        if (changed is Person person && current.Member is Person before)
        {
            // A wijkteam member records the person's choice for them: the date moves only when the choice changes.
            changed = person with
            {
                ConsentRecordedOn = person.ShowContactDetails == before.ShowContactDetails ? before.ConsentRecordedOn : DutchTime.Today(clock),
            };
        }

        var municipality = await store.GetMunicipalityAsync(changed.Id.Area.Municipality, cancellationToken);
        var (area, ruleErrors) = validator.Validate(changed, municipality);
        var errors = Merge(inputErrors, ruleErrors);
        if (current.Member.Kind != changed.Kind)
        {
            errors.Add(new("kind", ValidationCodes.KindMismatch, current.Member.Kind.ToString()));
        }

        if (area is not null && area != changed.Id.Area)
        {
            errors.Add(new("districts", ValidationCodes.OtherArea, changed.Id.Area.ToString()));
        }

        if (errors.Count > 0)
        {
            return Result<Member>.Refused(errors);
        }

        return Result<Member>.Success(await store.UpdateMemberAsync(changed, current.Ties, cancellationToken));
    }

    /// <summary>Adds one tie from <paramref name="from"/>. Returns null when that member does not exist.</summary>
    public async Task<Result<Tie>?> AddTieAsync(MemberId from, TieInput input, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var resolved = ResolveTies(from, [input], errors, _ => string.Empty);
        var ids = resolved.Select(t => t.To).Append(from).ToList();
        var found = await store.GetMembersAsync(from.Area, ids, cancellationToken);
        if (!found.TryGetValue(from, out var fromMember))
        {
            return null;
        }

        if (resolved.Count == 1 && !found.ContainsKey(resolved[0].To))
        {
            errors.Add(new("other", ValidationCodes.UnknownMember, resolved[0].To.ToString()));
        }

        if (errors.Count > 0)
        {
            return Result<Tie>.Refused(errors);
        }

        var tie = resolved[0];
        return Result<Tie>.Success(await store.AddTieAsync(tie, found[tie.To], fromMember, cancellationToken));
    }

    /// <summary>Changes the dates of a tie read at <paramref name="version"/>. Returns null when the tie does not exist.</summary>
    public async Task<Result<Tie>?> UpdateTieAsync(MemberId from, MemberId to, TieType type, DateOnly? since, DateOnly lastContactOn, string version, CancellationToken cancellationToken)
    {
        var current = await store.GetMemberAsync(from, cancellationToken);
        var tie = current?.Ties.FirstOrDefault(t => t.Type == type && t.Other(from) == to);
        if (tie is null)
        {
            return null;
        }

        var changed = tie with { Since = since ?? tie.Since, LastContactOn = lastContactOn, Version = version };
        var errors = new List<ValidationError>();
        validator.CheckTieDates(errors, string.Empty, changed.Since, changed.LastContactOn);
        if (errors.Count > 0)
        {
            return Result<Tie>.Refused(errors);
        }

        return Result<Tie>.Success(await store.UpdateTieAsync(changed, from, cancellationToken));
    }

    /// <summary>Input errors first; a rule error on a field whose input was unreadable says nothing new and is left out.</summary>
    private static List<ValidationError> Merge(IReadOnlyList<ValidationError>? inputErrors, List<ValidationError> ruleErrors)
    {
        if (inputErrors is null || inputErrors.Count == 0)
        {
            return ruleErrors;
        }

        var unreadable = inputErrors.Select(e => e.Field).ToList();
        return [.. inputErrors, .. ruleErrors.Where(r => !unreadable.Any(f => f == r.Field || f.StartsWith(r.Field + "[", StringComparison.Ordinal) || f.StartsWith(r.Field + ".", StringComparison.Ordinal)))];
    }

    private async Task<Municipality?> FindMunicipalityAsync(IReadOnlyList<string> districts, CancellationToken cancellationToken)
    {
        var code = districts.FirstOrDefault(DistrictCode.IsValid);
        return code is null ? null : await store.GetMunicipalityAsync(DistrictCode.MunicipalityOf(code), cancellationToken);
    }

    /// <summary>Turns tie inputs into ties from <paramref name="owner"/>; <paramref name="prefixOf"/> names input i's fields.</summary>
    private List<Tie> ResolveTies(MemberId owner, IReadOnlyList<TieInput> inputs, List<ValidationError> errors, Func<int, string> prefixOf)
    {
        var ties = new List<Tie>();
        var seen = new HashSet<(MemberId, TieType)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = prefixOf(i);
            var input = inputs[i];
            if (!MemberId.TryParse(input.Other, out var other))
            {
                errors.Add(new($"{prefix}other", input.Other is null ? ValidationCodes.Required : ValidationCodes.InvalidFormat));
                continue;
            }

            if (other.Area != owner.Area)
            {
                errors.Add(new($"{prefix}other", ValidationCodes.OtherArea, owner.Area.ToString()));
                continue;
            }

            if (other == owner)
            {
                errors.Add(new($"{prefix}other", ValidationCodes.SelfTie));
                continue;
            }

            if (!seen.Add((other, input.Type)))
            {
                errors.Add(new(prefix.TrimEnd('.') is { Length: > 0 } field ? field : "other", ValidationCodes.DuplicateTie));
                continue;
            }

            var since = input.Since ?? validator.Today;
            var lastContact = input.LastContactOn ?? since;
            validator.CheckTieDates(errors, prefix, since, lastContact);
            ties.Add(new Tie { From = owner, To = other, Type = input.Type, Since = since, LastContactOn = lastContact });
        }

        return ties;
    }
}
