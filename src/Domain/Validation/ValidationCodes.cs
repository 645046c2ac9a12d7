namespace Wijkverbinder.Domain.Validation;

/// <summary>The reasons an input can be refused. Each is a key in the user-facing message resources.</summary>
public static class ValidationCodes
{
    public const string Required = nameof(Required);
    public const string TooLong = nameof(TooLong);
    public const string TooMany = nameof(TooMany);
    public const string InvalidFormat = nameof(InvalidFormat);
    public const string UnknownValue = nameof(UnknownValue);
    public const string UnknownMunicipality = nameof(UnknownMunicipality);
    public const string UnknownDistrict = nameof(UnknownDistrict);
    public const string DistrictsInSeveralAreas = nameof(DistrictsInSeveralAreas);
    public const string UnknownTheme = nameof(UnknownTheme);
    public const string UnknownMember = nameof(UnknownMember);
    public const string OtherArea = nameof(OtherArea);
    public const string SelfTie = nameof(SelfTie);
    public const string DuplicateTie = nameof(DuplicateTie);
    public const string InFuture = nameof(InFuture);
    public const string BeforeSince = nameof(BeforeSince);
    public const string ContainsBsn = nameof(ContainsBsn);
    public const string KindMismatch = nameof(KindMismatch);
}
