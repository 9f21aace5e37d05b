using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Import;

/// <summary>One written schema file.</summary>
public sealed record ImportedFile(string RelativePath, string Family, string Description, string? ProjectVersion);

/// <summary>
/// Turns upstream CRD YAML and Kubernetes OpenAPI v3 JSON into the project's normalized <c>schemas/</c> folder.
/// Deterministic: the same input gives byte-identical output.
/// </summary>
public static class SchemaImporter
{
    /// <summary>Imports every CRD and OpenAPI file below the input folders into the output folder.</summary>
    public static List<ImportedFile> Import(IEnumerable<string> inputDirs, string outputDir)
    {
        var written = new List<ImportedFile>();
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputDirs)
        {
            var root = Path.GetFullPath(input);
            if (!Directory.Exists(root))
            {
                throw new DirectoryNotFoundException($"{input}: no such folder");
            }

            var sources = SourcesTable.Locate(root);
            var openApiByFamily = new SortedDictionary<string, OpenApiReader>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var ext = Path.GetExtension(file).ToLowerInvariant();
                if (ext != ".yaml" && ext != ".yml" && ext != ".json")
                {
                    continue;
                }

                var family = FamilyOf(root, file);
                var name = Path.GetFileName(file);
                var text = File.ReadAllText(file);
                if (ext == ".json")
                {
                    var node = JsonDocReader.Parse(text, file);
                    if (!OpenApiReader.IsOpenApi(node))
                    {
                        continue;
                    }

                    if (!openApiByFamily.TryGetValue(family, out var reader))
                    {
                        openApiByFamily[family] = reader = new OpenApiReader();
                    }

                    reader.Add((DocMapping)node, file, sources.Find(name));
                    continue;
                }

                foreach (var doc in YamlDocReader.ParseAll(text, file))
                {
                    if (!CrdReader.IsCrd(doc))
                    {
                        continue;
                    }

                    var source = sources.Find(name) ?? new SourceInfo(name, null, null, null);
                    var crd = CrdReader.Read((DocMapping)doc, file, family, source);
                    var rel = family + "/" + crd.Plural + "." + crd.Group + ".json";
                    outputs[rel] = JsonDocWriter.Write(NormalizedFormat.FromCrd(crd));
                    written.Add(new ImportedFile(rel, family, crd.Kind + " (" + string.Join(", ", crd.Versions.Select(v => v.Name)) + ")", source.ProjectVersion));
                }
            }

            foreach (var pair in openApiByFamily)
            {
                foreach (var defs in pair.Value.Build(pair.Key))
                {
                    var rel = pair.Key + "/" + defs.Name + ".json";
                    outputs[rel] = JsonDocWriter.Write(NormalizedFormat.FromDefinitions(defs));
                    var version = defs.Sources.Select(s => s.ProjectVersion).FirstOrDefault(v => v != null);
                    written.Add(new ImportedFile(rel, pair.Key, defs.Definitions.Count + " definitions, " + defs.Resources.Count + " kinds", version));
                }
            }
        }

        foreach (var pair in outputs)
        {
            var path = Path.Combine(outputDir, pair.Key.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, pair.Value, new UTF8Encoding(false));
        }

        written.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        WriteIndex(outputDir, written);
        return written;
    }

    /// <summary>The family of a file: the first folder below the input root, or the root's own name.</summary>
    private static string FamilyOf(string root, string file)
    {
        var rel = file.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, '/');
        var idx = rel.IndexOfAny(new[] { Path.DirectorySeparatorChar, '/' });
        var family = idx > 0 ? rel.Substring(0, idx) : Path.GetFileName(root);
        return family == "kubernetes-openapi" ? "kubernetes" : family;
    }

    // The index lists every file with its family and upstream version, merged with files imported earlier.
    private static void WriteIndex(string outputDir, List<ImportedFile> written)
    {
        var entries = new SortedDictionary<string, ImportedFile>(StringComparer.Ordinal);
        var indexPath = Path.Combine(outputDir, "index.json");
        if (File.Exists(indexPath) && JsonDocReader.Parse(File.ReadAllText(indexPath), indexPath) is DocMapping old && old.Get("files") is DocSequence files)
        {
            foreach (var f in files.Items.OfType<DocMapping>())
            {
                var rel = (f.Get("path") as DocScalar)?.Value;
                if (rel != null && File.Exists(Path.Combine(outputDir, rel)))
                {
                    entries[rel] = new ImportedFile(rel, (f.Get("family") as DocScalar)?.Value ?? string.Empty, (f.Get("contents") as DocScalar)?.Value ?? string.Empty, (f.Get("projectVersion") as DocScalar)?.Value);
                }
            }
        }

        foreach (var w in written)
        {
            entries[w.RelativePath] = w;
        }

        var root = new DocMapping();
        root.Add("kuratorSchema", new DocScalar("1", ScalarKind.Integer));
        var seq = new DocSequence();
        foreach (var e in entries.Values)
        {
            var m = new DocMapping();
            m.Add("path", DocScalar.String(e.RelativePath));
            m.Add("family", DocScalar.String(e.Family));
            m.Add("contents", DocScalar.String(e.Description));
            if (e.ProjectVersion != null)
            {
                m.Add("projectVersion", DocScalar.String(e.ProjectVersion));
            }

            seq.Items.Add(m);
        }

        root.Add("files", seq);
        File.WriteAllText(indexPath, JsonDocWriter.Write(root), new UTF8Encoding(false));
    }
}
