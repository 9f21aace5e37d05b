using System;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>How the app's workloads reach the members when no <c>--target</c> is given, and what the targets need to know.</summary>
public sealed class DeliveryOptions
{
    /// <summary>The target used when the command line names none.</summary>
    public DeliveryTarget Target { get; set; } = DeliveryTarget.Direct;

    /// <summary>The Git repository the <c>kurator</c> target's GitOps directory is pushed to (required by that target).</summary>
    public string? GitRepository { get; set; }

    /// <summary>The branch of <see cref="GitRepository"/>.</summary>
    public string GitBranch { get; set; } = "main";

    /// <summary>The folder inside the repository holding the workloads (default <c>./&lt;app name&gt;</c>).</summary>
    public string? GitOpsPath { get; set; }

    /// <summary>How often Kurator/Flux reconcile (a Go duration such as <c>5m0s</c>).</summary>
    public string Interval { get; set; } = "5m0s";

    /// <summary>
    /// Roll out to this many members at a time (OCM: ManifestWorkReplicaSets with a progressive rollout; KubeVela: ordered
    /// deploy steps). Null rolls out everywhere at once.
    /// </summary>
    public int? WaveSize
    {
        get => _waveSize;
        set => _waveSize = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(value), "a wave has at least one cluster") : value;
    }

    private int? _waveSize;

    /// <summary>A copy of these options (what a re-run of the definition starts from).</summary>
    internal DeliveryOptions Copy()
    {
        var copy = new DeliveryOptions();
        CopyTo(copy);
        return copy;
    }

    /// <summary>Sets every option of <paramref name="other"/> to this one's value.</summary>
    internal void CopyTo(DeliveryOptions other)
    {
        other.Target = Target;
        other.GitRepository = GitRepository;
        other.GitBranch = GitBranch;
        other.GitOpsPath = GitOpsPath;
        other.Interval = Interval;
        other._waveSize = _waveSize;
    }
}
