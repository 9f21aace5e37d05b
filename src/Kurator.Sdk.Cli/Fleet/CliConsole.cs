using System;
using System.IO;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet
{
    /// <summary>
    /// The Spectre console of the fleet commands: colours only on an interactive terminal; plain text (no ANSI escapes)
    /// when the output is redirected to a file or pipe, or is not the process's standard output at all.
    /// </summary>
    internal static class CliConsole
    {
        private const int UnwrappedWidth = 4096;

        public static IAnsiConsole Create(TextWriter output)
        {
            // Spectre's own detection looks at TERM, which CI runners set even when stdout is a pipe.
            var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            });
            // No terminal, no wrapping: a problem line or a diff line stays one line for grep and CI annotations
            // (tables are sized to their content, so they do not grow with this).
            if (!terminal) console.Profile.Width = UnwrappedWidth;
            return console;
        }
    }
}
