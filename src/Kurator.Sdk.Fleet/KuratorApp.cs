using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Fleet.Commands;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Policy.Rules;
using Spectre.Console;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.Fleet;

/// <summary>
/// The host of a <c>dotnet run</c> deployment project: collect typed objects for the Kurator host and workloads for the
/// fleet's members, then <see cref="RunAsync(CancellationToken)"/> runs the command line (<c>synth</c>, <c>check</c>, <c>diff</c>, <c>apply</c>, <c>status</c>, <c>destroy</c>, with <c>--local</c> or
/// kubeconfig contexts, and <c>watch</c>, the live edit loop under <c>dotnet watch</c>).
/// </summary>
/// <example>
/// <code>
/// var app = new KuratorApp(args, "quickstart");
/// return await app.RunAsync(app =>
/// {
///     var fleet = app.Add(new Fleet("quickstart", "default") { Spec = ... });
///     app.Workloads(fleet, w => w.Add(new Deployment("web", "web") { ... }));
/// });
/// </code>
/// </example>
public sealed class KuratorApp
{
    private readonly string[] _args;
    private readonly List<KubeObject> _host = new();
    private readonly List<(FleetObject Fleet, WorkloadSet Workloads)> _workloads = new();

    // The definition callback given to RunAsync(define), and the delivery options as Program.cs left them before it ran:
    // watch re-runs the definition into a fresh app that starts from those options.
    private Action<KuratorApp>? _define;
    private Delivery.DeliveryOptions? _deliveryBeforeDefine;

    /// <summary>Creates the app for the process arguments.</summary>
    /// <param name="args">The command line (e.g. <c>apply --local</c>).</param>
    /// <param name="name">The app's name, which identifies what it owns in each cluster; defaults to the entry assembly's name.</param>
    public KuratorApp(string[] args, string? name = null)
    {
        _args = args ?? throw new ArgumentNullException(nameof(args));
        Name = (name ?? Assembly.GetEntryAssembly()?.GetName().Name ?? "kurator-app").ToLowerInvariant();
    }

    /// <summary>The app's name (lower case).</summary>
    public string Name { get; }

    /// <summary>Where command output goes; the console by default.</summary>
    public TextWriter Output { get; set; } = System.Console.Out;

    /// <summary>Adds an object for the Kurator host cluster and returns it, so it can be referenced later.</summary>
    public T Add<T>(T obj) where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        _host.Add(obj);
        return obj;
    }

    /// <summary>Adds objects that go directly to every member cluster of <paramref name="fleet"/>.</summary>
    public KuratorApp Workloads(FleetObject fleet, Action<WorkloadSet> configure)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(configure);
        var set = new WorkloadSet();
        configure(set);
        _workloads.Add((fleet, set));
        return this;
    }

    /// <summary>
    /// Resolves what goes to which cluster: the direct target's plan, rendered from <see cref="DeliveryModel"/> like every
    /// target (fresh JSON each call, so later changes to the objects are seen).
    /// </summary>
    public DeploymentPlan Synthesize() => Render(global::Kurator.Sdk.Fleet.Delivery.DeliveryTarget.Direct).Plan;

    /// <summary>How workloads reach the members (the default <c>--target</c>, the kurator target's Git repository, waves).</summary>
    public Delivery.DeliveryOptions Delivery { get; } = new();

    /// <summary>The app resolved for the delivery targets: clusters with their labels, workloads with overrides per cluster.</summary>
    public Delivery.DeliveryModel DeliveryModel() => global::Kurator.Sdk.Fleet.Delivery.DeliveryModelBuilder.Build(Name, _host, _workloads, Delivery);

    /// <summary>The objects <paramref name="target"/> (default: <see cref="Delivery"/>'s target) puts on each cluster, plus its extra files.</summary>
    public Delivery.DeliveryRendering Render(Delivery.DeliveryTarget? target = null) =>
        global::Kurator.Sdk.Fleet.Delivery.DeliveryRenderer.Render(target ?? Delivery.Target, DeliveryModel());

    /// <summary>
    /// Schema errors of every typed object (always blocking) and Pod Security findings of what lands on every cluster
    /// when <paramref name="target"/> (default: <see cref="Delivery"/>'s target) delivers the app: at
    /// <paramref name="level"/> when given (blocking), otherwise at each member fleet's own Kyverno policy. The target is
    /// rendered first, so what it cannot render (an object it would put on the host twice, say) throws
    /// <see cref="ArgumentException"/> as <c>synth</c> and <c>apply</c> would.
    /// </summary>
    public IReadOnlyList<CheckFinding> Check(PodSecurityLevel? level = null, Delivery.DeliveryTarget? target = null) =>
        Check(new CheckRequest(level), target);

    /// <summary>
    /// As <see cref="Check(PodSecurityLevel?, Delivery.DeliveryTarget?)"/>, and every Kyverno ClusterPolicy/Policy the
    /// app puts on a cluster (typed objects) or <paramref name="request"/> names in files is evaluated against every object
    /// that cluster receives: failures of Enforce policies (and rules that cannot be evaluated for them) block apply,
    /// Audit ones are reported.
    /// </summary>
    public IReadOnlyList<CheckFinding> Check(CheckRequest request, Delivery.DeliveryTarget? target = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Rendered before the findings are gathered: a target that cannot deliver the app fails the check outright.
        return Check(request, Render(target));
    }

    private IReadOnlyList<CheckFinding> Check(CheckRequest request, Delivery.DeliveryRendering rendering)
    {
        var schema = new List<CheckFinding>();
        foreach (var obj in _host) schema.AddRange(obj.Validate().Select(e => new CheckFinding(ClusterTarget.HostName, Describe(obj), "schema", e.ToString(), true)));
        foreach (var (fleet, set) in _workloads)
        {
            foreach (var obj in set.Objects) schema.AddRange(obj.Validate().Select(e => new CheckFinding("members of " + fleet.Name, Describe(obj), "schema", e.ToString(), true)));
        }

        return PolicyCheck.Run(rendering.Delivered, request.Level, schema, request.PolicyFiles);
    }

    private static string Describe(KubeObject obj) => obj.Namespace is null ? $"{obj.Kind}/{obj.Name}" : $"{obj.Kind}/{obj.Namespace}/{obj.Name}";

    /// <summary>Runs the command line given to the constructor; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken = default) => RunAsync(_args, cancellationToken);

    /// <summary>
    /// Runs <paramref name="define"/> on this app, then the command line given to the constructor; returns the process exit
    /// code. The shape every deployment project should use (<c>return await app.RunAsync(FleetDefinition.Define);</c>):
    /// <c>watch</c> needs the definition as a callback, to re-run it into a fresh app on every hot reload. Everything the
    /// definition adds belongs inside it; what Program.cs sets on <see cref="Delivery"/> before this call is kept for every re-run.
    /// </summary>
    /// <param name="define">Adds the app's objects (the deployment project's definition).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public Task<int> RunAsync(Action<KuratorApp> define, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(define);
        if (_define is not null) throw new InvalidOperationException("RunAsync(define) runs an app once: the definition was already given");
        _define = define;
        _deliveryBeforeDefine = Delivery.Copy();
        // watch runs the definition itself, render by render, so that a definition that throws is reported and watched.
        if (!IsWatch(_args)) define(this);
        return RunAsync(_args, cancellationToken);
    }

    /// <summary>
    /// <see cref="RunAsync(Action{KuratorApp}, CancellationToken)"/> for a definition that returns something (such as the
    /// template's <c>Fleet FleetDefinition.Define(KuratorApp)</c>); the result is not used.
    /// </summary>
    /// <typeparam name="TResult">What the definition returns.</typeparam>
    /// <param name="define">Adds the app's objects (the deployment project's definition).</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public Task<int> RunAsync<TResult>(Func<KuratorApp, TResult> define, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(define);
        // Typed as an Action: a lambda returning TResult would bind to this overload again.
        Action<KuratorApp> discardResult = app => define(app);
        return RunAsync(discardResult, cancellationToken);
    }

    private static bool IsWatch(string[] args) => args.Length > 0 && args[0] == "watch";

    /// <summary>Runs the definition into a fresh app (same arguments, name, output and delivery defaults), renders it for <paramref name="target"/> and checks it as <paramref name="request"/> says (watch's --level and --policy).</summary>
    private Watch.DefinitionRun Redefine(global::Kurator.Sdk.Fleet.Delivery.DeliveryTarget? target, CheckRequest request)
    {
        var app = new KuratorApp(_args, Name) { Output = Output };
        _deliveryBeforeDefine!.CopyTo(app.Delivery);
        _define!(app);
        var rendering = app.Render(target);
        return new Watch.DefinitionRun(rendering.Plan, app.Check(request, rendering));
    }

    /// <summary>
    /// Runs <paramref name="args"/> as the command line; returns the process exit code (see <see cref="ExitCodes"/>). SIGINT and
    /// SIGTERM cancel the command and end it with 130 or 143 (see <see cref="Interruptible"/>).
    /// </summary>
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand($"Deploy '{Name}' to a Kurator fleet");
        // --target on every command that renders: read from the parse result before the command runs.
        var targetFlags = new List<Option<string?>>();
        global::Kurator.Sdk.Fleet.Delivery.DeliveryTarget? chosen = null;
        Command WithTarget(Command command)
        {
            targetFlags.Add(global::Kurator.Sdk.Fleet.Delivery.TargetFlag.AddTo(command));
            return command;
        }

        DeploymentPlan Plan() => Render(chosen).Plan;
        root.Subcommands.Add(WithTarget(SynthCommand.Create(() => Render(chosen), UiConsole)));
        // check, and the check apply runs first, judge what the chosen target delivers.
        IReadOnlyList<CheckFinding> CheckChosen(CheckRequest request) => Check(request, chosen);
        root.Subcommands.Add(WithTarget(CheckCommand.Create(CheckChosen, UiConsole)));
        root.Subcommands.Add(WithTarget(ApplyCommand.Create(Plan, CheckChosen, UiConsole)));
        root.Subcommands.Add(WithTarget(DiffCommand.Create(Plan, UiConsole)));
        root.Subcommands.Add(WithTarget(StatusCommand.Create(Plan, UiConsole)));
        root.Subcommands.Add(WithTarget(DestroyCommand.Create(Plan, UiConsole)));
        Func<CheckRequest, Watch.DefinitionRun>? rerun = _define is null ? null : request => Redefine(chosen, request);
        root.Subcommands.Add(WithTarget(WatchCommand.Create(rerun, UiConsole, WithTarget(WatchCommand.CreateDiff(rerun, UiConsole)))));
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count == 0) chosen = global::Kurator.Sdk.Fleet.Delivery.TargetFlag.Read(parsed, targetFlags);
            // Signals are handled by Interruptible (one message, 130/143, a hard exit if the command does not stop in time).
            var configuration = new InvocationConfiguration { Output = Output, Error = Output, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await Interruptible.RunAsync(token => parsed.InvokeAsync(configuration, token), cancellationToken: cancellationToken);
        }
        catch (ArgumentException e)
        {
            // UsageException (option values) and the target options' own ArgumentExceptions: invalid usage, nothing sent.
            return CommandUsage.Refuse(UiConsole(), e.Message);
        }
    }

    private IAnsiConsole UiConsole() => TerminalConsole.Create(Output);
}
