using System;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Cli.Inputs;

namespace Kurator.Sdk.Cli.Commands;

/// <summary><c>kurator-sdk kinds [--all]</c>: one "apiVersion kind" line per shipped kind.</summary>
public static class KindsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Also list kinds that are not served as REST resources (lists, options, status)" };
        var command = new Command("kinds", "List every kind the SDK ships, one 'apiVersion kind' line each");
        command.Options.Add(all);
        command.SetAction(result =>
        {
            var includeAll = result.GetValue(all);
            foreach (var kind in ShippedKinds.EnsureRegistered().Kinds.Where(k => includeAll || k.IsResource))
            {
                Console.WriteLine($"{kind.ApiVersion} {kind.Kind}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
