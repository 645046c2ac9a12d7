namespace Wijkverbinder.Domain.Programme;

/// <summary>Where an area's programme card was posted, so the next change updates it in place.</summary>
public sealed record ProgrammeCardLink(string ConversationId, string ActivityId);
