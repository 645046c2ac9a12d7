namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>Building blocks for fictitious people and initiatives. Any likeness to real people is chance.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Anouk", "Bram", "Daan", "Eva", "Fatima", "Gert", "Hanneke", "Ibrahim", "Joost", "Karin", "Lotte", "Mohamed",
        "Nadia", "Olaf", "Priya", "Ruud", "Sanne", "Thijs", "Ursula", "Vera", "Willem", "Yara", "Zeynep", "Koen",
        "Marieke", "Sven", "Leila", "Joris", "Ingrid", "Tarik",
    ];

    public static readonly string[] LastNames =
    [
        "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yilmaz",
        "El Amrani", "Kok", "Verhoeven", "Kramer", "van Dam",
    ];

    /// <summary>Initiative name patterns; {0} is the district's name. The theme index points into the example themes.</summary>
    public static readonly (string Pattern, int Theme, bool Occasional)[] Initiatives =
    [
        ("Moestuin {0}", 8, false),
        ("Repair Café {0}", 8, false),
        ("Taalcafé {0}", 0, false),
        ("Buurtpreventie {0}", 2, false),
        ("Eettafel voor ouderen {0}", 6, false),
        ("Huiswerkklas {0}", 5, false),
        ("Wandelgroep {0}", 4, false),
        ("Kledingruil {0}", 1, true),
        ("Buurtbarbecue {0}", 3, true),
        ("Speeltuinvereniging {0}", 5, false),
        ("Opschoondag {0}", 7, true),
        ("Burenhulp {0}", 6, false),
        ("Voedseltuin {0}", 1, false),
        ("Straatfeest {0}", 3, true),
    ];
}
