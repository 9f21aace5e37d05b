using System;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>A malformed <c>{{ }}</c> variable found while compiling a policy value, with the field path that holds it.</summary>
internal sealed class VariableSyntaxException : FormatException
{
    public VariableSyntaxException(string path, string message, Exception inner)
        : base(message, inner) => Path = path;

    public string Path { get; }
}
