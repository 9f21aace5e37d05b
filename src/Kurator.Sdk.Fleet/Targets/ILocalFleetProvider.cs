using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Targets;

/// <summary>
/// Starts the emulated fleet behind <c>--local</c>. The runtime has no emulator of its own: the <c>Kurator.Sdk.Emulator</c>
/// package implements this interface and names its implementation with <see cref="LocalFleetProviderAttribute"/>; the
/// runtime loads that assembly by name only when <c>--local</c> is given.
/// </summary>
public interface ILocalFleetProvider
{
    /// <summary>
    /// Starts a host cluster plus one cluster per member of <paramref name="plan"/>, with the custom kinds its objects use
    /// registered. With <paramref name="stateDirectory"/>, the fleet starts with the objects kept there and saves them back
    /// when disposed; without, it starts empty and is forgotten.
    /// </summary>
    /// <exception cref="System.InvalidOperationException">Another process is using <paramref name="stateDirectory"/>.</exception>
    Task<ILocalFleet> StartAsync(DeploymentPlan plan, string? stateDirectory, CancellationToken cancellationToken = default);
}
