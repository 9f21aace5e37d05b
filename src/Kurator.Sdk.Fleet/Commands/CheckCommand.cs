using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Policy.Rules;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary><c>check</c>: schema and Pod Security rules over everything that would be applied, without a cluster.</summary>
internal static class CheckCommand
{
    public static Command Create(Func<PodSecurityLevel?, IReadOnlyList<CheckFinding>> check, Func<IAnsiConsole> console)
    {
        var level = LevelOption.Create();
        var command = new Command("check", "Check every object against its schema and the Pod Security Standards (exit code 4 when apply would refuse)") { level };
        command.SetAction(result =>
        {
            var findings = check(LevelOption.Parse(result.GetValue(level)));
            CheckTable.Write(console(), findings);
            return findings.Any(f => f.Blocking) ? ExitCodes.PolicyRefused : ExitCodes.Success;
        });
        return command;
    }
}
