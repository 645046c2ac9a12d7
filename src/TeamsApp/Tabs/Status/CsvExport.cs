using System.Text;

namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>
/// A table as CSV that Dutch Excel opens as is: a UTF-8 byte order mark, ';' between values, every value quoted, and
/// a value that a spreadsheet would run as a formula (starting with =, +, - or @) prefixed with an apostrophe.
/// </summary>
public static class CsvExport
{
    public const string MimeType = "text/csv;charset=utf-8";

    public static string Of(StatusTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder("\uFEFF");
        Line(csv, table.Headers);
        foreach (var row in table.Rows)
        {
            Line(csv, row);
        }

        return csv.ToString();
    }

    public static string Value(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> values)
    {
        csv.AppendJoin(';', values.Select(Value));
        csv.Append("\r\n");
    }
}
