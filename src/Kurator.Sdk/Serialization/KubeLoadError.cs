namespace Kurator.Sdk.Serialization
{
    /// <summary>A problem in loaded YAML/JSON: file, 1-based line and column, field path, and what is wrong.</summary>
    public sealed record KubeLoadError(string File, int Line, int Column, string Path, string Message)
    {
        /// <summary>"file:line: path: message", the format the CLI prints.</summary>
        public override string ToString() => Path.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Path}: {Message}";
    }
}
