namespace Wijkverbinder.Protocol.Authentication.Sso;

/// <summary>
/// Who a valid tab token names: the Entra object id (the user's stable id), their tenant, display name, and the app
/// roles Entra assigned them (the <c>roles</c> claim; empty when none are assigned).
/// </summary>
public sealed record SsoIdentity(string ObjectId, string TenantId, string? Name, IReadOnlyList<string> Roles);
