using System;
using System.CommandLine;
using System.Threading;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Fleet;

namespace Kurator.Sdk.Cli.Commands;

/// <summary><c>kurator-sdk emulator --clusters N --kubeconfig &lt;file&gt;</c>: runs emulated API servers until Ctrl-C.</summary>
public static class EmulatorCliCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var clusters = new Option<int>("--clusters") { Description = "How many emulated clusters to start", DefaultValueFactory = _ => 1 };
        var kubeconfig = new Option<string>("--kubeconfig") { Description = "Where to write the kubeconfig (one context per cluster)", Required = true };
        var command = new Command("emulator", "Run in-process Kubernetes API servers (TLS on 127.0.0.1) until Ctrl-C, printing their contexts");
        command.Options.Add(clusters);
        command.Options.Add(kubeconfig);
        command.SetAction(async (result, token) =>
        {
            if (result.GetValue(clusters) < 1)
            {
                Console.Error.WriteLine("error: --clusters must be at least 1");
                return ExitCodes.InvalidUsage;
            }

            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                return await EmulatorCommand.RunAsync(result.GetValue(clusters), result.GetValue(kubeconfig)!, Console.Out, cancel.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }
}
