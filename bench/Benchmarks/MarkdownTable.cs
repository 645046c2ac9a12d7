using System.Text;

namespace Wijkverbinder.Benchmarks;

/// <summary>A markdown table: the first column left-aligned, the others right-aligned (figures).</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", headers) + " |");
        text.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", headers.Length - 1)));
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return text.ToString();
    }
}
