using System;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>One Kyverno <c>ClusterPolicy</c> or <c>Policy</c> document to load, with where it came from.</summary>
/// <param name="Document">The policy as JSON (a typed Kurator.Sdk.Kyverno object serializes to the same form).</param>
/// <param name="File">The file to name in problems (or a label such as the C# type for typed objects).</param>
/// <param name="Line">The 1-based line where the document starts (0 when unknown).</param>
/// <param name="LineOf">The 1-based line of a field path such as <c>spec.rules[0].match</c>, or null when unknown.</param>
public sealed record KyvernoPolicySource(JsonObject Document, string File, int Line = 0, Func<string, int?>? LineOf = null)
{
    /// <summary>The line of <paramref name="path"/>, falling back to the document's line.</summary>
    public int LineAt(string path) => LineOf?.Invoke(path) ?? Line;
}
