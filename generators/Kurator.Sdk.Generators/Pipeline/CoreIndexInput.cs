using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Generators.Pipeline;

/// <summary>
/// The core type index built from the reference files; compared by the files' paths and texts so the pipeline
/// caches it, while the parsed index itself is built once per change.
/// </summary>
internal sealed class CoreIndexInput : System.IEquatable<CoreIndexInput>
{
    private readonly EquatableArray<SchemaInput> _inputs;

    private CoreIndexInput(EquatableArray<SchemaInput> inputs, CoreTypeIndex index)
    {
        _inputs = inputs;
        Index = index;
    }

    public CoreTypeIndex Index { get; }

    public static CoreIndexInput Build(ImmutableArray<SchemaInput> inputs, System.Threading.CancellationToken ct)
    {
        var sets = new List<DefinitionsDocument>();
        foreach (var input in inputs.OrderBy(i => i.Path, System.StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                if (JsonDocReader.Parse(input.Text, input.Path) is DocMapping root && NormalizedFormat.IsDefinitions(root))
                {
                    sets.Add(NormalizedFormat.ReadDefinitions(root, input.Path));
                }
            }
            catch (DocParseException)
            {
                // A broken reference file only loses core-type reuse; the files that emit code report their own errors.
            }
        }

        return new CoreIndexInput(EquatableArray.From(inputs.OrderBy(i => i.Path, System.StringComparer.Ordinal)), new CoreTypeIndex(sets));
    }

    public bool Equals(CoreIndexInput? other) => other != null && _inputs.Equals(other._inputs);

    public override bool Equals(object? obj) => Equals(obj as CoreIndexInput);

    public override int GetHashCode() => _inputs.GetHashCode();
}
