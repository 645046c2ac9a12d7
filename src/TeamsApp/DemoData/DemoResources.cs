using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>The demo's shared resources: the mobile base for the whole city, a party tent and a sound set for one area each.</summary>
internal static class DemoResources
{
    public static IReadOnlyList<SharedResource> For(Municipality municipality)
    {
        var first = municipality.Areas[0];
        var second = municipality.Areas.Count > 1 ? municipality.Areas[1] : first;
        return
        [
            new SharedResource
            {
                Id = new ResourceId(municipality.Code, "pipowagen"),
                Name = "Pipowagen",
                Description = "Mobiele wijkbasis: een pipowagen met koffie, tafels en stoelen, voor een spreekuur of activiteit in de wijk.",
                Approver = DemoColleagues.ManagerOf(municipality, first),
            },
            new SharedResource
            {
                Id = new ResourceId(municipality.Code, "partytent"),
                Name = "Partytent",
                Description = "Partytent van 6 bij 3 meter met zijwanden.",
                Area = first.Id,
                Approver = DemoColleagues.ManagerOf(municipality, first),
            },
            new SharedResource
            {
                Id = new ResourceId(municipality.Code, "geluidsset"),
                Name = "Geluidsset",
                Description = "Twee speakers, een mengpaneel en twee draadloze microfoons.",
                Area = second.Id,
                Approver = DemoColleagues.ManagerOf(municipality, second),
            },
        ];
    }
}
