using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Kurator.Sdk.Fleet.Synth;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary><c>synth [--out dir] [--target t]</c>: the YAML of every target cluster, one folder each, rendered for the delivery target.</summary>
internal static class SynthCommand
{
    public static Command Create(Func<Delivery.DeliveryRendering> render, Func<IAnsiConsole> console)
    {
        var output = new Option<string>("--out") { Description = "The folder to write (one sub-folder per target cluster)", DefaultValueFactory = _ => "out" };
        var format = new Option<string>("--format") { Description = "plain, or gitops: also a kustomization.yaml per folder for Flux or a Kurator Application to pull", DefaultValueFactory = _ => "plain" };
        format.AcceptOnlyFromAmong("plain", "gitops");
        var command = new Command("synth", "Write the YAML of every object, one folder per target cluster (host, then each fleet member; with --target other than direct, the host folder and the system's extra files)") { output, format };
        command.SetAction(result =>
        {
            var rendering = render();
            var p = rendering.Plan;
            var dir = Path.GetFullPath(result.GetValue(output)!);
            var files = SynthWriter.Write(p, dir, result.GetValue(format) == "gitops");
            // Extra files of the target (the kurator target's GitOps directory), beside the cluster folders.
            files = [.. files, .. Delivery.DeliveryFiles.Write(rendering, dir)];
            var ui = console();
            foreach (var target in p.Targets) ui.MarkupLine($"{Markup.Escape(target.Name)}: {target.Objects.Count} objects");
            ui.MarkupLine($"wrote {files.Count} files to {Markup.Escape(dir)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
