using System;
using System.CommandLine;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Cli.Fleet;

var root = new RootCommand("kurator-sdk: typed Kubernetes and Kurator fleet definitions for C#");
root.Subcommands.Add(ImportCrdsCommand.Create());
root.Subcommands.Add(SchemaStatsCommand.Create());
root.Subcommands.Add(KindsCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(EmulatorCliCommand.Create());
foreach (var command in FleetCommands.Create(Console.Out, Console.In)) root.Subcommands.Add(command);
return root.Parse(args).Invoke();
