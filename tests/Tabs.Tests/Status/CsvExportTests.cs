using Wijkverbinder.TeamsApp.Tabs.Status;

namespace Wijkverbinder.Tabs.Tests.Status;

public sealed class CsvExportTests
{
    [Fact]
    public void StartsWithAByteOrderMarkAndSeparatesQuotedValuesWithSemicolons()
    {
        var csv = CsvExport.Of(new StatusTable("t", "T", ["Naam", "Aantal"], [["Buurt \"Oost\"", "1,5"]]));

        Assert.Equal("\uFEFF\"Naam\";\"Aantal\"\r\n\"Buurt \"\"Oost\"\"\";\"1,5\"\r\n", csv);
    }

    [Theory]
    [InlineData("=SUM(A1)", "\"'=SUM(A1)\"")]
    [InlineData("+31 6", "\"'+31 6\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("Moestuin", "\"Moestuin\"")]
    [InlineData("", "\"\"")]
    public void AValueASpreadsheetWouldRunAsAFormulaGetsAnApostrophe(string value, string expected) =>
        Assert.Equal(expected, CsvExport.Value(value));
}
