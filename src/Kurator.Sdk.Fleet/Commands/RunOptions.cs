using System;
using System.CommandLine;
using Kurator.Sdk.Fleet.Apply;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>
/// The options that say how <c>apply</c>, <c>diff</c> and <c>destroy</c> run against clusters (<c>--timeout</c>,
/// <c>--concurrency</c>, <c>--no-wait</c>, <c>--no-prune</c>, <c>--force-conflicts</c>, <c>--reconcile</c>,
/// <c>--wave-size</c>, <c>--max-failures</c>). Declared, described and validated here once for a
/// <see cref="KuratorApp"/>'s commands and the <c>kurator-sdk</c> tool's, so both take the same options for the same
/// command and refuse the same bad value with the same message and <see cref="ExitCodes.InvalidUsage"/>.
/// </summary>
public sealed class RunOptions
{
    private readonly Option<int>? _timeout;
    private readonly Option<int> _concurrency = new("--concurrency") { Description = "Requests in flight per cluster, at least 1 (clusters run in parallel)", DefaultValueFactory = _ => 8 };
    private readonly Option<bool>? _noWait;
    private readonly Option<bool>? _noPrune;
    private readonly Option<bool>? _forceConflicts;
    private readonly Option<bool>? _reconcile;
    private readonly Option<int?>? _waveSize;
    private readonly Option<int>? _maxFailures;

    /// <summary>The options of <paramref name="operation"/>.</summary>
    public RunOptions(FleetOperation operation)
    {
        Operation = operation;
        if (operation is FleetOperation.Apply or FleetOperation.Destroy)
        {
            var waitFor = operation == FleetOperation.Apply ? "for readiness (and for CRDs to be established)" : "for the deleted objects to be gone";
            _timeout = new Option<int>("--timeout") { Description = $"Seconds to wait {waitFor} per cluster, at least 1", DefaultValueFactory = _ => 120 };
            _noWait = new Option<bool>("--no-wait") { Description = operation == FleetOperation.Apply ? "Do not wait for readiness" : "Do not wait for deletion to finish" };
        }

        if (operation is FleetOperation.Apply or FleetOperation.Diff)
        {
            _noPrune = new Option<bool>("--no-prune")
            {
                Description = operation == FleetOperation.Apply
                    ? "Keep objects this ApplySet applied before and no longer defines"
                    : "Do not list the objects a prune would delete",
            };
            _forceConflicts = ForceConflictsOption.Create();
        }

        if (operation == FleetOperation.Apply)
        {
            _reconcile = new Option<bool>("--reconcile") { Description = "Ask unchanged Flux objects to reconcile now (reconcile.fluxcd.io/requestedAt) and wait until they have" };
            _waveSize = new Option<int?>("--wave-size")
            {
                Description = "Roll out in waves: the host first (when there is one), then this many member clusters at a time in order "
                    + "(kurator-sdk: contexts in --context order), each wave after the previous one is applied and ready; at least 1",
            };
            _maxFailures = new Option<int>("--max-failures") { Description = "With --wave-size: failed clusters tolerated before the remaining waves are not started, at least 0", DefaultValueFactory = _ => 0 };
        }
    }

    /// <summary>The command these options belong to.</summary>
    public FleetOperation Operation { get; }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option?[] { _timeout, _concurrency, _noWait, _noPrune, _forceConflicts, _reconcile, _waveSize, _maxFailures })
        {
            if (option is not null) command.Options.Add(option);
        }
    }

    /// <summary>
    /// The runtime options <paramref name="result"/> asks for, on top of <paramref name="start"/> (or the defaults).
    /// </summary>
    /// <exception cref="UsageException">A value is out of range; the message names the option.</exception>
    public RuntimeOptions Read(ParseResult result, RuntimeOptions? start = null) =>
        TryRead(result, out var options, out var problem, start) ? options : throw new UsageException(problem);

    /// <summary>
    /// Reads the options as <see cref="Read"/> does; false with the <paramref name="problem"/> (naming the option and what it
    /// must be) when a value is out of range.
    /// </summary>
    public bool TryRead(ParseResult result, out RuntimeOptions options, out string problem, RuntimeOptions? start = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options = start ?? new RuntimeOptions();
        problem = Problem(result) ?? "";
        if (problem.Length > 0) return false;

        options = options with { Concurrency = result.GetValue(_concurrency) };
        if (_timeout is not null) options = options with { Timeout = TimeSpan.FromSeconds(result.GetValue(_timeout)) };
        if (_noWait is not null) options = options with { Wait = !result.GetValue(_noWait) };
        if (_noPrune is not null) options = options with { Prune = !result.GetValue(_noPrune) };
        if (_forceConflicts is not null) options = options with { ForceConflicts = result.GetValue(_forceConflicts) };
        if (_reconcile is not null) options = options with { RequestReconcile = result.GetValue(_reconcile) };
        if (_waveSize is not null && _maxFailures is not null) options = options with { WaveSize = result.GetValue(_waveSize), MaxFailures = result.GetValue(_maxFailures) };
        return true;
    }

    // Out-of-range values are refused, never clamped: a typo must not silently become a different rollout.
    private string? Problem(ParseResult result) =>
        _timeout is not null && result.GetValue(_timeout) < 1 ? "--timeout must be at least 1 second"
        : result.GetValue(_concurrency) < 1 ? "--concurrency must be at least 1"
        : _waveSize is not null && result.GetValue(_waveSize) is < 1 ? "--wave-size must be at least 1"
        : _maxFailures is not null && result.GetValue(_maxFailures) < 0 ? "--max-failures must not be negative"
        : _maxFailures is not null && result.GetResult(_maxFailures) is { Implicit: false } && result.GetValue(_waveSize!) is null ? "--max-failures needs --wave-size"
        : null;
}
