using System;
using System.IO;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Report;

/// <summary>
/// The Spectre console the fleet commands write to (the deployment project's and the <c>kurator-sdk</c> CLI's): colours
/// only on an interactive terminal; plain, unwrapped text when the output is redirected to a file or pipe, is not the
/// process's standard output, or <c>NO_COLOR</c> is set.
/// </summary>
public static class TerminalConsole
{
    private const int UnwrappedWidth = 4096;

    /// <summary>A console writing to <paramref name="output"/>.</summary>
    public static IAnsiConsole Create(TextWriter output)
    {
        // Spectre's own detection trusts TERM, which CI runners set even when stdout is a pipe.
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
