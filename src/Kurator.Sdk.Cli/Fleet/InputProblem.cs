namespace Kurator.Sdk.Cli.Fleet;

/// <summary>One problem in the <c>-f</c> inputs: where it is (for sorting) and the <c>file:line: path: message</c> text.</summary>
internal sealed record InputProblem(string File, int Line, string Text)
{
    public static InputProblem At(string file, int line, string path, string message) =>
        new(file, line, path.Length == 0 ? $"{file}:{line}: {message}" : $"{file}:{line}: {path}: {message}");
}
