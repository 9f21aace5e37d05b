using System.CommandLine;
using Kurator.Sdk.Cli.Commands;

var root = new RootCommand("kurator-sdk: typed Kubernetes and Kurator fleet definitions for C#");
root.Subcommands.Add(ImportCrdsCommand.Create());
root.Subcommands.Add(SchemaStatsCommand.Create());
root.Subcommands.Add(KindsCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(EmulatorCliCommand.Create());
return root.Parse(args).Invoke();
