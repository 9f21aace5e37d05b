using System.Collections.Generic;
using System.CommandLine;
using System.IO;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>The fleet commands (<c>apply</c>, <c>diff</c>, <c>destroy</c>): kubectl apply for fleets over plain manifests.</summary>
public static class FleetCommands
{
    /// <summary>The commands, writing to <paramref name="output"/> and reading <c>-f -</c> from <paramref name="stdin"/>.</summary>
    public static IEnumerable<Command> Create(TextWriter output, TextReader stdin) =>
    [
        FleetApplyCommand.Create(output, stdin),
        FleetDiffCommand.Create(output, stdin),
        FleetDestroyCommand.Create(output, stdin),
    ];
}
