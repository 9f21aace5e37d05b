namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>Why (part of) a policy could not be loaded: printed as <c>file:line: path: message</c>.</summary>
/// <param name="File">The policy's file.</param>
/// <param name="Line">The 1-based line of the field (the document's line when unknown).</param>
/// <param name="Path">The field path inside the policy document, e.g. <c>spec.rules[0].validate.pattern</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record KyvernoPolicyProblem(string File, int Line, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Path}: {Message}";
}
