using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Destroy;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Members recorded on the host by earlier applies that the plan no longer names (removed from the fleet, or no longer
/// selected): everything the app's ApplySet tracks there is deleted, parent last, and the record forgets them once empty.
/// </summary>
internal sealed class DepartedMembers
{
    private readonly DeploymentPlan _plan;
    private readonly RuntimeOptions _options;
    private readonly MemberRecord? _record;
    private readonly SortedSet<string> _recorded;
    private readonly List<(string Name, KubeClient? Client, string? Error)> _departed;

    private DepartedMembers(DeploymentPlan plan, RuntimeOptions options, MemberRecord? record, SortedSet<string> recorded, List<(string, KubeClient?, string?)> departed)
    {
        _plan = plan;
        _options = options;
        _record = record;
        _recorded = recorded;
        _departed = departed;
    }

    /// <summary>
    /// Reads the record, widens it with the plan's members before any of them is applied (so a crash cannot leave one
    /// unrecorded), and connects to the departed members now, before the host apply prunes what reaches them.
    /// </summary>
    public static async Task<DepartedMembers> BeginAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken)
    {
        // A plan without a host (the CLI's plain contexts) keeps no member record: there is nowhere to keep it.
        if (!plan.HasHost) return new DepartedMembers(plan, options, null, [], []);
        MemberRecord record;
        SortedSet<string> recorded;
        try
        {
            record = new MemberRecord(connections.ClientFor(plan.Host), ApplySetIdentity.For(plan, options));
            recorded = await record.ReadAsync(cancellationToken);
            await record.WriteAsync(recorded, recorded.Union(plan.Members.Select(m => m.Name)), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The host apply reports the same problem; without the record no departed member is known this time.
            return new DepartedMembers(plan, options, null, [], []);
        }

        var departed = new List<(string, KubeClient?, string?)>();
        foreach (var name in MemberRecord.Departed(plan, recorded))
        {
            try
            {
                departed.Add((name, connections.ClientFor(new ClusterTarget(name, TargetRole.Member, [])), null));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                departed.Add((name, null, ClusterApplier.Describe(e)));
            }
        }

        return new DepartedMembers(plan, options, record, recorded, departed);
    }

    /// <summary>Prunes each departed member (all at once); then records the plan's members plus those not emptied.</summary>
    public async Task<IReadOnlyList<ClusterReport>> PruneAsync(CancellationToken cancellationToken)
    {
        if (_record is null) return [];
        var reports = await Task.WhenAll(_departed.Select(d => Task.Run(() => PruneOneAsync(d.Name, d.Client, d.Error, cancellationToken), cancellationToken)));
        var remaining = _plan.Members.Select(m => m.Name).Concat(reports.Where(r => !r.Succeeded || !_options.Prune).Select(r => r.Cluster));
        try
        {
            await _record.WriteAsync(new SortedSet<string>(_recorded.Union(_plan.Members.Select(m => m.Name)), StringComparer.Ordinal), remaining, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Harmless: the next apply visits the emptied members again and finds nothing of the app there.
            if (reports.Length > 0) reports[0].AddFailure("member record", ClusterApplier.Describe(e));
        }

        return reports;
    }

    private async Task<ClusterReport> PruneOneAsync(string name, KubeClient? client, string? error, CancellationToken cancellationToken)
    {
        var report = new ClusterReport(name);
        if (client is null)
        {
            report.AddFailure("cluster " + name, "left the plan, but cannot be reached to prune: " + error);
        }
        else if (_options.Prune)
        {
            try
            {
                // Destroy's deletions are prunes in an apply report; its failures and notes go straight into this report.
                await new ClusterDestroyer(client, ApplySetIdentity.For(_plan, _options), _options).DestroyAsync(new ClusterTarget(name, TargetRole.Member, []), report, cancellationToken, asPrune: true);
                // "Ready" there means everything is gone; here only a member still terminating is worth a readiness state.
                if (report.Readiness != ReadinessState.TimedOut) report.Readiness = ReadinessState.Skipped;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                report.AddFailure("cluster " + name, ClusterApplier.Describe(e));
            }
        }

        _options.OnClusterFinished?.Invoke(report);
        return report;
    }
}
