namespace Wijkverbinder.Domain.Programme;

/// <summary>An initiative's contact person as the programme may show them: only someone who opted in.</summary>
public sealed record ContactPerson(string Name, string? Email, string? Phone);
