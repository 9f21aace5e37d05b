namespace Kurator.Sdk.Generators.Pipeline;

/// <summary>One schema file's text and role ("reference" files only feed core-type matching).</summary>
internal sealed record SchemaInput(string Path, string Text, bool IsReference);

/// <summary>Options read from MSBuild properties.</summary>
internal sealed record GeneratorOptions(string RootNamespace, string KindsClass);
