using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Local;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>
/// The local fleet's CRDs come from the schemas embedded in the emulator, read with the schema importer's own reader: each
/// one must say what its schemas/ file says (compared with a CRD built here straight from the file's JSON).
/// </summary>
public class CrdCatalogTests
{
    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        // What the emulator embeds: schemas/<family>/*.json except the core Kubernetes definitions.
        foreach (var file in Directory.GetDirectories(Path.Combine(RepoFiles.Root, "schemas"))
                     .Where(d => Path.GetFileName(d) != "kubernetes")
                     .SelectMany(d => Directory.GetFiles(d, "*.json"))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoFiles.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Each_embedded_schema_becomes_the_CRD_its_file_describes(string file)
    {
        var expected = RepoFiles.Crd(file);
        var spec = expected["spec"]!;
        var crd = CrdCatalog.Find((string)spec["group"]!, (string)spec["names"]!["kind"]!);

        Assert.NotNull(crd);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), (string?)crd["metadata"]!["name"]);
        Assert.True(JsonNode.DeepEquals(expected, crd), $"{file}: the catalog's CRD differs from the file");
    }

    [Fact]
    public void Built_in_and_unknown_kinds_get_no_CRD_and_each_CRD_is_listed_once()
    {
        Assert.Null(CrdCatalog.Find("", "ConfigMap"));
        Assert.Null(CrdCatalog.Find("apps", "Deployment"));
        Assert.Null(CrdCatalog.Find("fleet.kurator.dev", "NoSuchKind"));

        var crds = CrdCatalog.For(
        [
            ("v1", "Namespace"), ("fleet.kurator.dev/v1alpha1", "Fleet"), ("fleet.kurator.dev/v1alpha1", "Fleet"),
            ("batch.volcano.sh/v1alpha1", "Job"), ("cluster.x-k8s.io/v1beta1", "Cluster"), ("apps/v1", "Deployment"),
        ]);
        Assert.Equal(
            ["clusters.cluster.x-k8s.io", "fleets.fleet.kurator.dev", "jobs.batch.volcano.sh"],
            crds.Select(c => (string)c["metadata"]!["name"]!).Order(StringComparer.Ordinal));
    }
}
