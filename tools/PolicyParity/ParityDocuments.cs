using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.PolicyParity.Yaml;

namespace Kurator.Sdk.PolicyParity;

/// <summary>Turns a YAML file into the runner's <see cref="PolicyDocument"/>s (objects only).</summary>
internal static class ParityDocuments
{
    public static List<PolicyDocument> Load(string file, string displayName)
    {
        var documents = new List<PolicyDocument>();
        foreach (var doc in YamlJsonLoader.LoadFile(file))
        {
            if (doc.Root is JsonObject obj)
            {
                documents.Add(PolicyDocument.FromLineMap(displayName, obj, doc.Lines, doc.StartLine));
            }
        }

        return documents;
    }
}
