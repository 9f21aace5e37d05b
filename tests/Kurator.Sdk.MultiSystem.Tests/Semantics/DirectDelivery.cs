using System.Linq;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit.Sdk;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>The direct target: the runtime applies each member's folder to that member as it is.</summary>
internal static class DirectDelivery
{
    public static Deliveries Deliver(SynthOutput output)
    {
        var members = FleetView.Members(output.Folder("host")).Select(m => m.Name).ToList();
        var result = new Deliveries();
        foreach (var folder in output.Folders.Where(f => f != "host"))
        {
            if (!members.Contains(folder)) throw new XunitException($"direct: folder {folder} is no fleet member ({string.Join(", ", members)})");
            foreach (var obj in output.Folder(folder)) result.Add(folder, obj, "folder " + folder);
        }

        return result;
    }
}
