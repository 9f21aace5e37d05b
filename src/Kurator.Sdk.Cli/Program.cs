using System;
using System.CommandLine;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Cli.Fleet;
using Kurator.Sdk.Fleet.Commands;

var root = new RootCommand("kurator-sdk: typed Kubernetes and Kurator fleet definitions for C#");
root.Subcommands.Add(ImportCrdsCommand.Create());
root.Subcommands.Add(SchemaStatsCommand.Create());
root.Subcommands.Add(KindsCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(TestCommand.Create());
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(EmulatorCliCommand.Create());
foreach (var command in FleetCommands.Create(Console.Out, Console.In)) root.Subcommands.Add(command);
var parsed = root.Parse(args);
// The emulator serves until Ctrl-C, its documented way to stop (exit 0); every other command is interrupted by a signal:
// one "interrupted" line, exit 130 or 143, and a hard exit when it does not stop within the grace period.
if (parsed.CommandResult.Command.Name == "emulator") return await parsed.InvokeAsync();
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await Interruptible.RunAsync(token => parsed.InvokeAsync(configuration, token));
