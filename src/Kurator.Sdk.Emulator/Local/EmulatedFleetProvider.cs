using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;

// The runtime reads this attribute after loading the assembly by name for --local (no scan of the assembly's types).
[assembly: LocalFleetProvider(typeof(EmulatedFleetProvider))]

namespace Kurator.Sdk.Emulator.Local;

/// <summary>The <see cref="LocalFleet"/> a <c>KuratorApp</c> starts for <c>--local</c>.</summary>
public sealed class EmulatedFleetProvider : ILocalFleetProvider
{
    /// <inheritdoc />
    public async Task<ILocalFleet> StartAsync(DeploymentPlan plan, string? stateDirectory, CancellationToken cancellationToken = default) =>
        await LocalFleet.StartAsync(plan, stateDirectory, cancellationToken);
}
