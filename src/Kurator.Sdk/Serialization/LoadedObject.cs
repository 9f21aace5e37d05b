using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization
{
    /// <summary>An object loaded from a file, with its source tree for mapping field paths back to lines.</summary>
    public sealed record LoadedObject(KubeResource Resource, string File, int Line, DocNode Source)
    {
        /// <summary>The line of the deepest node that exists along a field path ("spec.clusters[0].name").</summary>
        public int LineOf(string path) => DocLocator.Line(Source, path);
    }
}
