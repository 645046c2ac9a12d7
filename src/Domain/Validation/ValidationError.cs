namespace Wijkverbinder.Domain.Validation;

/// <summary>
/// One reason an input is refused: the field (as the client named it, e.g. "ties[1].to"), a code from
/// <see cref="ValidationCodes"/>, and the values the message needs. The text itself is localised at the edge.
/// </summary>
public sealed record ValidationError(string Field, string Code, params object[] Arguments);
