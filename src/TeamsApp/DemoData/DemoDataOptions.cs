namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>Whether the host seeds the demo municipality (Arnhem) at start. On locally, never in production.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Seed { get; set; }
}
