using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Validation;

namespace Kurator.Sdk.Serialization;

/// <summary>An object loaded from a file, with its source tree for mapping field paths back to lines.</summary>
public sealed record LoadedObject(KubeResource Resource, string File, int Line, DocNode Source)
{
    /// <summary>The problems reading this object found (empty for a clean read; set for <see cref="LoadResult.Partial"/> objects).</summary>
    public IReadOnlyList<KubeLoadError> LoadErrors { get; init; } = System.Array.Empty<KubeLoadError>();

    /// <summary>The line of the deepest node that exists along a field path ("spec.clusters[0].name").</summary>
    public int LineOf(string path) => DocLocator.Line(Source, path);

    /// <summary>
    /// Validates the object knowing what reading it found: a field whose value was rejected is not also "Required value",
    /// and CEL rules are not checked when a value was rejected (the API server stops at type errors too; unknown fields
    /// alone do not stop them).
    /// </summary>
    public IReadOnlyList<ValidationError> Validate() => Resource.Validate(LoadErrors.Where(e => e.RejectsValue).Select(e => e.Path));
}
