using System;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Model;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The emulated fleet registers, from the emulator's embedded schemas, every custom kind the samples put on each cluster.</summary>
public class LocalFleetKindsTests
{
    [Fact]
    public async Task Every_kind_of_the_Quickstart_and_AiTraining_samples_is_served_by_the_local_fleet()
    {
        foreach (var plan in new[] { QuickstartPlan.App().Synthesize(), AiTrainingPlan.App().Synthesize() })
        {
            await using var local = await LocalFleet.StartAsync(plan);
            foreach (var target in plan.Targets)
            {
                var client = local.Connections.ClientFor(target);
                foreach (var (apiVersion, kind) in Kinds(target))
                {
                    // Throws KindNotFoundException when discovery on the emulated cluster does not serve the kind.
                    var resource = await client.Mapper.MapAsync(apiVersion, kind);
                    Assert.Equal(kind, resource.Kind);
                }
            }
        }
    }

    [Fact]
    public void The_CRDs_registered_for_the_Quickstart_host_are_exactly_the_Kurator_kinds_it_uses()
    {
        var host = QuickstartPlan.App().Synthesize().Host;
        var crds = CrdCatalog.For(Kinds(host)).Select(c => (string)c["metadata"]!["name"]!).Order(StringComparer.Ordinal);
        Assert.Equal(["applications.apps.kurator.dev", "attachedclusters.cluster.kurator.dev", "fleets.fleet.kurator.dev"], crds);
    }

    private static (string ApiVersion, string Kind)[] Kinds(ClusterTarget target) =>
        target.Objects.Select(o => ((string)o["apiVersion"]!, (string)o["kind"]!)).Distinct().ToArray();
}
