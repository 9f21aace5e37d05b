using System.IO;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet
{
    /// <summary>The Spectre console of the fleet commands: colours on a terminal, plain text (120 columns) anywhere else.</summary>
    internal static class CliConsole
    {
        public static IAnsiConsole Create(TextWriter output)
        {
            var toConsole = ReferenceEquals(output, System.Console.Out);
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = toConsole ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = toConsole ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            });
            if (!toConsole || System.Console.IsOutputRedirected) console.Profile.Width = 120;
            return console;
        }
    }
}
