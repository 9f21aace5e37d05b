using System;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Schema;
using Kurator.Sdk.Emulator.Storage;

namespace Kurator.Sdk.Emulator.Rest;

/// <summary>The state one emulated cluster's REST layer works on.</summary>
internal sealed class ClusterState
{
    public ObjectStore Store { get; } = new();
    public ResourceRegistry Registry { get; } = new();

    /// <summary>Cancelled when the cluster shuts down, so open watches end at once instead of holding shutdown.</summary>
    public System.Threading.CancellationTokenSource Stopping { get; } = new();

    /// <summary>Raised after every committed (non dry-run) write, outside no lock guarantees; used by the controller simulation.</summary>
    public event Action<ResourceType, JsonObject>? Committed;

    internal void RaiseCommitted(ResourceType type, JsonObject obj) => Committed?.Invoke(type, obj);
}
