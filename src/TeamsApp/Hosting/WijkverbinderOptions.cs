namespace Wijkverbinder.TeamsApp.Hosting;

/// <summary>The app's own settings (section "Wijkverbinder"). One installation serves one municipality.</summary>
public sealed class WijkverbinderOptions
{
    public const string Section = "Wijkverbinder";

    /// <summary>The CBS code of the municipality this installation serves, e.g. GM0202 for Arnhem.</summary>
    public string MunicipalityCode { get; set; } = string.Empty;
}
