using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Policy.Rules;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>
/// <c>check [--level l] [--policy files]... [--fail-on-drift] [--target t]</c>: schema, Pod Security, Kyverno and API drift rules over what the chosen target puts on each cluster,
/// without a cluster (the host's objects on the host, each member's workloads at that member's level, whether the runtime
/// applies them or Kurator, Karmada, OCM or KubeVela carries them there). <see cref="KuratorApp"/> adds the
/// <c>--target</c> option and passes the chosen target's check, as it does for synth and apply.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(Func<CheckRequest, IReadOnlyList<CheckFinding>> check, Func<IAnsiConsole> console)
    {
        var options = new CheckOptions();
        var failOnDrift = DriftOption.Create();
        var command = new Command("check", "Check what the target puts on each cluster against the schemas, the Pod Security Standards, the Kyverno policies and API drift (exit code 4 when apply would refuse or --fail-on-drift finds drift, 3 when the target cannot render the app)") { failOnDrift };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var findings = DriftOption.Apply(check(options.Read(result)), result.GetValue(failOnDrift));
            CheckTable.Write(console(), findings);
            return findings.Any(f => f.Blocking) ? ExitCodes.PolicyRefused : ExitCodes.Success;
        });
        return command;
    }
}
