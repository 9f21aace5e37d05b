using System.Linq;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

// Inside Kurator.Sdk.*, the runtime namespace Kurator.Sdk.Fleet would hide the Fleet type.
using Fleet = global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

/// <summary>Bad input gives errors that name file, line and field path; nothing is silently dropped.</summary>
public class LoadErrorTests
{
    private static LoadResult Load(string yaml, bool loose = false) => KubeYaml.Load(yaml, "fleet.yaml", loose, Registry.All);

    private const string FleetWithInventedField = """
        apiVersion: fleet.kurator.dev/v1alpha1
        kind: Fleet
        metadata:
          name: f
        spec:
          clusters:
            - name: a
              secretRef:
                name: s
        """;

    [Fact]
    public void Unknown_field_names_file_line_and_path()
    {
        var result = Load(FleetWithInventedField);
        var error = Assert.Single(result.Errors);
        Assert.Equal("fleet.yaml", error.File);
        Assert.Equal(8, error.Line);
        Assert.Equal("spec.clusters[0].secretRef", error.Path);
        Assert.Equal("fleet.yaml:8: spec.clusters[0].secretRef: unknown field \"secretRef\"", error.ToString());
        Assert.Empty(result.Objects);
    }

    [Fact]
    public void Loose_mode_keeps_unknown_fields_and_writes_them_back()
    {
        var result = Load(FleetWithInventedField, loose: true);
        Assert.True(result.Success);
        var fleet = Assert.IsType<Fleet>(result.Objects[0].Resource);
        Assert.Contains("secretRef", fleet.Spec!.Clusters![0].UnknownFields!.Keys);
        JsonAssert.SameYaml(FleetWithInventedField, fleet.ToYaml());
    }

    [Fact]
    public void Wrong_type_is_an_error_at_the_value()
    {
        var result = Load("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: d
            spec:
              replicas: three
              selector: {}
              template: {}
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal(6, error.Line);
        Assert.Equal("spec.replicas", error.Path);
        Assert.Contains("expected an integer, got a string", error.Message);
    }

    [Fact]
    public void Duplicate_key_is_an_error_with_its_line()
    {
        var result = Load("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
              name: d
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("duplicate key 'name'", error.Message);
    }

    [Fact]
    public void Syntax_error_reports_its_position()
    {
        var result = Load("apiVersion: v1\nkind: [unclosed\n");
        var error = Assert.Single(result.Errors);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void Unknown_kind_and_unknown_version_are_told_apart()
    {
        var unknown = Load("apiVersion: policy.kurator.dev/v1alpha1\nkind: CompliancePolicy\nmetadata: {name: x}\n");
        Assert.Contains("unknown kind CompliancePolicy", Assert.Single(unknown.Errors).Message);

        var wrongVersion = Load("apiVersion: fleet.kurator.dev/v1\nkind: Fleet\nmetadata: {name: x}\n");
        Assert.Contains("served as fleet.kurator.dev/v1alpha1", Assert.Single(wrongVersion.Errors).Message);
    }

    [Fact]
    public void Invalid_base64_does_not_echo_secret_data()
    {
        var result = Load("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  token: not*base64*s3cr3t\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal("data.token", error.Path);
        Assert.DoesNotContain("s3cr3t", error.ToString());
    }

    [Fact]
    public void Every_document_of_a_stream_is_loaded_and_errors_do_not_stop_the_rest()
    {
        var result = Load("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: a}
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: b}
            bogus: 1
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            data: {k: v}
            """);
        Assert.Equal(2, result.Objects.Count);
        Assert.Equal(8, Assert.Single(result.Errors).Line);
        Assert.Equal(new[] { "a", "c" }, result.Objects.Select(o => ((KubeObject)o.Resource).Name));
    }
}
