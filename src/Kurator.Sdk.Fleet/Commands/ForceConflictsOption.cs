using System.CommandLine;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>kubectl's <c>--force-conflicts</c>, with this runtime's meaning: take over objects and fields of other owners.</summary>
public static class ForceConflictsOption
{
    /// <summary>The option, off by default.</summary>
    public static Option<bool> Create() => new("--force-conflicts")
    {
        Description = "Take over objects that exist but are not part of this ApplySet (another ApplySet's, kubectl's, Helm's ...) and fields "
            + "another applier declares; each takeover is reported. Without it such objects fail, naming their owner, and are left unchanged",
    };
}
