using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Pipeline;

/// <summary>The value-equatable result of parsing one schema file: its units and the problems found.</summary>
internal sealed record FileModel(string Path, EquatableArray<UnitModel> Units, EquatableArray<SchemaProblem> Problems);

/// <summary>Generated text for one unit, with the problems to report.</summary>
internal sealed record GeneratedSource(string HintName, string Text, EquatableArray<SchemaProblem> Problems);
