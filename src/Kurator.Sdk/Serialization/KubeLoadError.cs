namespace Kurator.Sdk.Serialization;

/// <summary>A problem in loaded YAML/JSON: file, 1-based line and column, field path, and what is wrong.</summary>
public sealed record KubeLoadError(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>
    /// True when the value at <see cref="Path"/> was rejected (wrong type, unsupported value), false for an unknown field.
    /// Like the API server's type errors, a rejected value stops CEL rules from being checked.
    /// </summary>
    public bool RejectsValue { get; init; }

    /// <summary>"file:line: path: message", the format the CLI prints.</summary>
    public override string ToString() => Path.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Path}: {Message}";
}
