namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>One list on the page as text: what the grid shows and the CSV export writes, cell for cell.</summary>
public sealed record StatusTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows);
