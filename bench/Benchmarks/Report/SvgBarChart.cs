using System.Globalization;
using System.Net;
using System.Text;

namespace Wijkverbinder.Benchmarks.Report;

/// <summary>A horizontal bar chart as a small, self-contained SVG (no plotting package): one bar per label, value at its end.</summary>
internal static class SvgBarChart
{
    private const int Width = 720;
    private const int LabelWidth = 300;
    private const int BarHeight = 26;
    private const int Gap = 10;
    private const int Top = 44;

    public static string Render(string title, string unit, IReadOnlyList<(string Label, double Value)> bars, string format = "0")
    {
        var height = Top + (bars.Count * (BarHeight + Gap)) + 16;
        var max = Math.Max(bars.Max(b => b.Value), 1e-9);
        var room = Width - LabelWidth - 110;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"13\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"12\" y=\"26\" font-size=\"16\" font-weight=\"600\" fill=\"#242424\">{Escape(title)}</text>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Top + (i * (BarHeight + Gap));
            var length = Math.Max(1, value / max * room);
            var fill = i == 0 ? "#5b5fc7" : "#8a8886";
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\" fill=\"#242424\">{Escape(label)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.0}\" height=\"{BarHeight}\" fill=\"{fill}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth + length + 6:0.0}\" y=\"{y + 18}\" fill=\"#242424\">{value.ToString(format, CultureInfo.InvariantCulture)} {Escape(unit)}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
