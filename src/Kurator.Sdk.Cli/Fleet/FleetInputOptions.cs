using System;
using System.CommandLine;
using System.IO;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Commands;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// The options of <c>apply</c>, <c>diff</c> and <c>destroy</c>: manifests, contexts and the ApplySet (this tool's), and
/// the run options (<c>--timeout</c>, <c>--concurrency</c>, waves ...) that a deployment project's commands share.
/// </summary>
internal sealed class FleetInputOptions(FleetOperation operation)
{
    private readonly RunOptions _run = new(operation);

    public Option<string[]> Files { get; } = new("--filename", "-f")
    {
        Description = "A YAML/JSON file, a folder (searched recursively for .yaml, .yml, .json) or - for standard input; repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Contexts { get; } = new("--context")
    {
        Description = "A kubeconfig context: one target cluster; repeatable (default: the current context)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Kubeconfig { get; } = new("--kubeconfig") { Description = "The kubeconfig file (default: KUBECONFIG, then ~/.kube/config)" };

    public Option<string> ApplySet { get; } = new("--applyset")
    {
        Description = $"Name of the ApplySet that owns the applied objects (parent Secret applyset-<name>); prune and destroy touch only its objects",
        DefaultValueFactory = _ => ApplySetName.Default,
    };

    public Option<string> ApplySetNamespace { get; } = new("--applyset-namespace") { Description = "Namespace of the ApplySet parent Secret in each cluster", DefaultValueFactory = _ => "default" };

    public void AddTo(Command command, bool filesRequired)
    {
        Files.Required = filesRequired;
        foreach (var option in new Option[] { Files, Contexts, Kubeconfig, ApplySet, ApplySetNamespace }) command.Options.Add(option);
        _run.AddTo(command);
    }

    /// <summary>
    /// Checks the options and loads and checks the inputs before any cluster is contacted; on a problem it is printed
    /// (as <see cref="CommandUsage.Refuse"/> prints it) and null returned: the caller exits with
    /// <see cref="ExitCodes.InvalidUsage"/> and nothing is sent.
    /// </summary>
    public FleetSession? Open(ParseResult result, TextReader stdin, IAnsiConsole ui)
    {
        var start = new RuntimeOptions { ApplySetNamespace = result.GetValue(ApplySetNamespace) ?? "default" };
        if (!_run.TryRead(result, out var options, out var usage, start))
        {
            CommandUsage.Refuse(ui, usage);
            return null;
        }

        var files = result.GetValue(Files) ?? [];
        var inputs = files.Length == 0 ? null : ManifestInputs.Load(files, stdin);
        var problems = inputs?.Problems ?? [];
        foreach (var p in problems) ui.WriteLine(p);
        if (problems.Count > 0)
        {
            CommandUsage.Refuse(ui, $"{problems.Count} problem(s) in the inputs; nothing was sent to any cluster");
            return null;
        }

        var applySet = result.GetValue(ApplySet) ?? ApplySetName.Default;
        var (contexts, problem) = ContextTargets.Resolve(result.GetValue(Kubeconfig), result.GetValue(Contexts) ?? []);
        problem ??= ApplySetName.Problem(applySet) ?? ApplySetName.NamespaceProblem(result.GetValue(ApplySetNamespace) ?? "");
        if (problem is not null)
        {
            CommandUsage.Refuse(ui, problem);
            return null;
        }

        var plan = ContextTargets.Plan(applySet, contexts, inputs?.Objects ?? []);
        return new FleetSession(plan, ContextTargets.Connections(result.GetValue(Kubeconfig)), options, inputs?.Files ?? 0);
    }
}

/// <summary>A checked plan (one target per context), the connections to its clusters, and the checked run options.</summary>
internal sealed record FleetSession(DeploymentPlan Plan, ClusterConnections Connections, RuntimeOptions Options, int Files) : IDisposable
{
    public int ObjectCount => Plan.Targets.Count == 0 ? 0 : Plan.Targets[0].Objects.Count;

    public void Dispose() => Connections.Dispose();
}
