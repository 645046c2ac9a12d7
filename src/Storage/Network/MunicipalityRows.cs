using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Network;

/// <summary>
/// A municipality's reference data in one partition: row "municipality", then "area|W1", "district|WK020201" and
/// "theme|meedoen" rows, so one partition query loads all of it (rows without a kind prefix, such as the SLA row,
/// are someone else's). Items that a later save leaves out stay stored:
/// reference data only grows (members refer to it).
/// </summary>
internal static class MunicipalityRows
{
    public const string MunicipalityKey = "municipality";

    public static IEnumerable<TableEntity> ToRows(Municipality municipality)
    {
        yield return new TableEntity(municipality.Code, MunicipalityKey) { ["Name"] = municipality.Name };
        foreach (var (area, order) in municipality.Areas.Select((a, i) => (a, i)))
        {
            var row = new TableEntity(municipality.Code, $"area|{area.Id.Key}")
            {
                ["Order"] = order,
                ["Name"] = area.Name,
                ["Districts"] = StoredList.Write(area.DistrictCodes),
            };
            if (area.ThemeIds is { } themes)
            {
                // Absent (rows from before areas had themes, or never chosen) means the area works on all themes.
                row["Themes"] = StoredList.Write(themes);
            }

            yield return row;
        }

        foreach (var (district, order) in municipality.Districts.Select((d, i) => (d, i)))
        {
            yield return new TableEntity(municipality.Code, $"district|{district.Code}")
            {
                ["Order"] = order,
                ["Name"] = district.Name,
                ["Area"] = district.Area.Key,
                ["Inferred"] = district.Inferred,
            };
        }

        foreach (var (theme, order) in municipality.Themes.Select((t, i) => (t, i)))
        {
            yield return new TableEntity(municipality.Code, $"theme|{theme.Id}") { ["Order"] = order, ["Name"] = theme.Name };
        }
    }

    public static Municipality? FromRows(string code, IReadOnlyList<TableEntity> rows)
    {
        var head = rows.FirstOrDefault(r => r.RowKey == MunicipalityKey);
        if (head is null)
        {
            return null;
        }

        var areas = new List<Area>();
        var districts = new List<District>();
        var themes = new List<Theme>();

        // Rows come back in key order; the "Order" column keeps the order the municipality gave them.
        foreach (var row in rows.OrderBy(r => r.GetInt32("Order") ?? 0))
        {
            var separator = row.RowKey.IndexOf('|', StringComparison.Ordinal);
            if (separator < 0)
            {
                continue;
            }

            var key = row.RowKey[(separator + 1)..];
            switch (row.RowKey[..separator])
            {
                case "area":
                    areas.Add(new Area(
                        new AreaId(code, key),
                        row.GetString("Name"),
                        StoredList.Read(row.GetString("Districts")),
                        row.GetString("Themes") is { } areaThemes ? StoredList.Read(areaThemes) : null));
                    break;
                case "district":
                    districts.Add(new District(key, row.GetString("Name"), new AreaId(code, row.GetString("Area")), row.GetBoolean("Inferred") ?? false));
                    break;
                case "theme":
                    themes.Add(new Theme(key, row.GetString("Name")));
                    break;
            }
        }

        return new Municipality(code, head.GetString("Name"), areas, districts, themes);
    }
}
