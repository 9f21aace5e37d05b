using System;

namespace Kurator.Sdk.Fleet.Targets;

/// <summary>A running emulated fleet (see <see cref="ILocalFleetProvider"/>); disposing it saves its state, if kept, and stops it.</summary>
public interface ILocalFleet : IAsyncDisposable
{
    /// <summary>Connections to the emulated clusters: the host and the members, under the plan's target names.</summary>
    ClusterConnections Connections { get; }

    /// <summary>The folder that keeps the fleet's objects between runs, or null when it starts empty and is forgotten.</summary>
    string? StateDirectory { get; }
}
