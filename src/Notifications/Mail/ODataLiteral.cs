namespace Wijkverbinder.Notifications.Mail;

/// <summary>OData string literals: a single quote inside is written twice.</summary>
internal static class ODataLiteral
{
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
