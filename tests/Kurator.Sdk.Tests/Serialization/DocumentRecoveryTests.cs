using System.Linq;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>
/// Problems are reported where they are and all of them: a tab at its own line, a too-large integer as out of range,
/// and a document that cannot be parsed does not hide the problems of the documents after it.
/// </summary>
public class DocumentRecoveryTests
{
    private const string ThreeDocuments = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
        data:
          k: [unclosed
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: b
        bogus: 1
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
        """;

    [Fact]
    public void A_broken_document_is_reported_and_the_later_documents_are_still_loaded()
    {
        var result = KubeYaml.Load(ThreeDocuments, "multi.yaml", registry: Registry.All);
        Assert.Equal(
            new[] { "multi.yaml:7: While parsing a flow sequence, did not find expected ',' or ']'.", "multi.yaml:12: bogus: unknown field \"bogus\"" },
            result.Errors.Select(e => e.ToString()));
        Assert.Equal("c", ((global::Kurator.Sdk.Kubernetes.Core.V1.ConfigMap)Assert.Single(result.Objects).Resource).Metadata.Name);
        Assert.Single(result.Partial);
    }

    [Fact]
    public void Later_documents_keep_the_line_numbers_of_the_file_on_both_yaml_paths()
    {
        // The second document needs the full parser (an anchor), the third is read by the fast one.
        const string yaml = "a: 1\n---\n# note\nb: &x 2\nc: *x\n---\n\nd:\n  e: 1\n  e: 2\n";
        var docs = YamlDocReader.Read(new System.IO.StringReader(yaml), "lines.yaml").ToList();
        Assert.Equal(3, docs.Count);
        Assert.Equal(4, ((DocMapping)docs[1].Node!).Get("b")!.Line);
        Assert.Equal(10, docs[2].Problem!.Line);
        Assert.Equal("duplicate key 'e'", docs[2].Problem!.Reason);
    }

    [Fact]
    public void Parse_all_still_throws_the_first_problem()
    {
        var ex = Assert.Throws<DocParseException>(() => YamlDocReader.ParseAll(ThreeDocuments, "multi.yaml"));
        Assert.Equal(7, ex.Line);
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n", 4)]
    [InlineData("a:\n  b: 1\n\tc: 2\n", 3)]
    [InlineData("a: 1\n---\nb:\n  c: 1\n  d: 2\n\te: 3\n", 6)]
    public void A_tab_in_indentation_is_reported_at_its_own_line(string yaml, int line)
    {
        var ex = Assert.Throws<DocParseException>(() => YamlDocReader.ParseAll(yaml, "tab.yaml"));
        Assert.Equal(line, ex.Line);
        Assert.Contains("tab", ex.Reason);
    }

    [Fact]
    public void An_integer_too_large_for_an_int32_field_is_out_of_range()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: d
            spec:
              replicas: 99999999999999999999
              selector:
                matchLabels: {app: d}
              template:
                metadata:
                  labels: {app: d}
                spec:
                  terminationGracePeriodSeconds: 99999999999999999999
                  containers:
                  - name: c
                    image: nginx
                    ports:
                    - containerPort: 4294967296
            """;
        var errors = KubeYaml.Load(yaml, "d.yaml", registry: Registry.All).Errors.Select(e => e.ToString()).ToList();
        Assert.Equal(
            new[]
            {
                "d.yaml:6: spec.replicas: the integer 99999999999999999999 is out of range for an int32 field (-2147483648 to 2147483647)",
                "d.yaml:13: spec.template.spec.terminationGracePeriodSeconds: the integer 99999999999999999999 is out of range for an int64 field (-9223372036854775808 to 9223372036854775807)",
                "d.yaml:18: spec.template.spec.containers[0].ports[0].containerPort: the integer 4294967296 is out of range for an int32 field (-2147483648 to 2147483647)",
            },
            errors);
    }
}
