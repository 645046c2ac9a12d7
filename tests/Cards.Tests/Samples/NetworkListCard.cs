namespace Wijkverbinder.Cards.Tests.Samples;

/// <summary>A result list: one container per initiative, with a column set for the heading and a fact set.</summary>
public static class NetworkListCard
{
    private static readonly (string Name, string Status, string Theme, string Partner, string LastContact)[] Initiatives =
    [
        ("Moestuin Klarendal", "Actief", "Leefbaarheid & Veiligheid", "Buurtcentrum Klarendal", "12 november 2026"),
        ("Taalcafé Presikhaaf", "Nieuw", "Meedoen", "Bibliotheek Presikhaaf", "3 november 2026"),
        ("Repair Café Malburgen", "Slapend", "Armoede", "Woningcorporatie", "2 juni 2026"),
    ];

    public static AdaptiveCard Create() => new()
    {
        FallbackText = "Initiatieven in de wijk",
        Body =
        [
            new TextBlock { Text = "Initiatieven in Klarendal", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            .. Initiatives.Select((initiative, index) => new Container
            {
                Separator = index > 0,
                Spacing = Spacing.Medium,
                Items =
                [
                    new ColumnSet
                    {
                        Columns =
                        [
                            new Column { Width = "stretch", Items = [new TextBlock { Text = initiative.Name, Weight = TextWeight.Bolder, Wrap = true }] },
                            new Column
                            {
                                Width = "auto",
                                Items = [new TextBlock { Text = initiative.Status, Color = initiative.Status == "Slapend" ? TextColor.Attention : TextColor.Good }],
                            },
                        ],
                    },
                    new FactSet
                    {
                        Facts = [new("Thema", initiative.Theme), new("Partner", initiative.Partner), new("Laatste contact", initiative.LastContact)],
                    },
                ],
            }),
        ],
        Actions = [new OpenUrlAction { Title = "Open het netwerk", Url = new Uri("https://example.org/netwerk/WK020207") }],
    };
}
