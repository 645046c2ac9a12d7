namespace Wijkverbinder.Domain.Network;

/// <summary>Hard limits on what one member may hold, chosen so every write fits one entity-group transaction.</summary>
public static class NetworkLimits
{
    public const int NameLength = 120;
    public const int DescriptionLength = 500;
    public const int EmailLength = 254;
    public const int PhoneLength = 20;
    public const int DistrictsPerMember = 30;
    public const int ThemesPerMember = 20;

    /// <summary>A new member and two rows per tie must fit in one transaction of at most 100 operations.</summary>
    public const int TiesOnCreate = 49;

    public const int SearchResults = 50;
}
