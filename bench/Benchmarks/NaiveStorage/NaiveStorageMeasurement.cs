using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage;

namespace Wijkverbinder.Benchmarks.NaiveStorage;

/// <summary>The storage benchmark's operations on the naive layout, on the same municipality, counted the same way.</summary>
internal static class NaiveStorageMeasurement
{
    public static async Task<List<Measurement>> MeasureAsync(int size, SyntheticMunicipality town, NaiveNetworkLayout naive, TableServiceClient service, StorageRequestCounter counter, TimeProvider clock)
    {
        var list = new List<Measurement>();
        var district = town.MeasuredDistrict;

        async Task Measure(string operation, Func<Task> action)
        {
            StorageRequest[] requests;
            using (var tally = counter.BeginTally())
            {
                await action();
                requests = tally.Requests.ToArray();
            }

            list.Add(new Measurement(operation, size, requests.Length, requests.Count(r => r.IsBatch), 0, await ScannedRows.OfAsync(service, requests)));
        }

        var inDistrict = town.Members.Where(m => m.Districts.Contains(district.Code)).ToList();
        var someone = inDistrict[^1];
        var created = new Initiative
        {
            Id = MemberId.New(district.Area, clock), Name = "Nieuw initiatief", Districts = [district.Code], Themes = ["meedoen"],
            JoinedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        var tie = new Tie { From = created.Id, To = inDistrict[6].Id, Type = TieType.MetAt, Since = created.JoinedOn, LastContactOn = created.JoinedOn };
        await Measure("municipality (cold cache)", () => naive.GetMunicipalityAsync(town.Municipality.Code));
        await Measure("district network", () => naive.GetDistrictNetworkAsync(district));
        await Measure("area network", () => naive.GetAreaNetworkAsync(district.Area));
        await Measure("member with its ties", () => naive.GetMemberAsync(someone.Id));
        await Measure("create member with 5 ties", () => naive.CreateMemberAsync(created, [.. inDistrict.Take(5).Select(m => m.Id)]));
        await Measure("update member (has 5 ties)", () => naive.UpdateMemberAsync(created with { Name = "Hernoemd initiatief" }));
        await Measure("add a tie", () => naive.AddTieAsync(tie));
        await Measure("update a tie's last contact", () => naive.UpdateTieAsync(tie with { LastContactOn = tie.LastContactOn.AddDays(1) }));
        await Measure("find members by name prefix", () => naive.FindMembersByNameAsync(district.Area, "Partner 0001"));
        return list;
    }
}
