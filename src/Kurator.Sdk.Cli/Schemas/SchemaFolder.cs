using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Cli.Schemas;

/// <summary>Reads a normalized schemas folder and builds the type models the generator would build.</summary>
public sealed class SchemaFolder
{
    private SchemaFolder(List<(string File, CrdDocument Crd)> crds, List<(string File, DefinitionsDocument Defs)> definitions)
    {
        Crds = crds;
        Definitions = definitions;
    }

    /// <summary>The CRD files.</summary>
    public List<(string File, CrdDocument Crd)> Crds { get; }

    /// <summary>The core definition sets.</summary>
    public List<(string File, DefinitionsDocument Defs)> Definitions { get; }

    /// <summary>Loads every normalized file below the folder.</summary>
    public static SchemaFolder Load(string folder)
    {
        var crds = new List<(string, CrdDocument)>();
        var defs = new List<(string, DefinitionsDocument)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (!(JsonDocReader.Parse(File.ReadAllText(file), file) is DocMapping root) || !NormalizedFormat.IsNormalized(root) || root.Get("files") != null)
            {
                continue;
            }

            if (NormalizedFormat.IsDefinitions(root))
            {
                defs.Add((file, NormalizedFormat.ReadDefinitions(root, file)));
            }
            else
            {
                crds.Add((file, NormalizedFormat.ReadCrd(root, file)));
            }
        }

        return new SchemaFolder(crds, defs);
    }

    /// <summary>The index of core types for structural reuse.</summary>
    public CoreTypeIndex CoreIndex() => new CoreTypeIndex(Definitions.Select(d => d.Defs));

    /// <summary>The C# root namespace of a shipped family.</summary>
    public static string FamilyNamespace(string family) => family switch
    {
        "cluster-api" => "Kurator.Sdk.ClusterApi",
        "kubevela" => "Kurator.Sdk.KubeVela",
        "ocm" => "Kurator.Sdk.Ocm",
        _ => "Kurator.Sdk." + Identifiers.Pascal(family),
    };
}
