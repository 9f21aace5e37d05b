using System;
using System.Collections.Generic;
using System.IO;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>The parsed documents of one manifest file, read one at a time (JSON by extension, YAML otherwise).</summary>
public static class ManifestDocuments
{
    /// <summary>
    /// Each document as the caller asks for it: a YAML file is streamed, so only one document's text and tree are held
    /// at once, and a document that cannot be parsed comes back as a problem with the later documents still read.
    /// A file that cannot be opened throws (<see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>).
    /// </summary>
    public static IEnumerable<ParsedDocument> Read(string file)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            ParsedDocument one;
            try
            {
                one = ParsedDocument.Of(JsonDocReader.Parse(File.ReadAllText(file), file));
            }
            catch (DocParseException ex)
            {
                one = ParsedDocument.Failed(ex);
            }

            yield return one;
            yield break;
        }

        using var reader = new StreamReader(file);
        foreach (var parsed in YamlDocReader.Read(reader, file))
        {
            yield return parsed;
        }
    }
}
