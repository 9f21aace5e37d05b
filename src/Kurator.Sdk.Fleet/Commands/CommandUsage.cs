using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>How every command refuses invalid usage: one <c>error &lt;problem&gt;</c> line and <see cref="ExitCodes.InvalidUsage"/>.</summary>
public static class CommandUsage
{
    /// <summary>Prints <paramref name="problem"/> and returns <see cref="ExitCodes.InvalidUsage"/>, the code to exit with.</summary>
    public static int Refuse(IAnsiConsole console, string problem)
    {
        console.MarkupLine("[red]error[/] " + Markup.Escape(problem));
        return ExitCodes.InvalidUsage;
    }
}
