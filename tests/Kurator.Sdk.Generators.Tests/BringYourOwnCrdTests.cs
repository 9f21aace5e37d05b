using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Kurator.Sdk.Generators.Tests;

/// <summary>A user's own CRD as an AdditionalFile becomes compiling, documented, typed code.</summary>
public class BringYourOwnCrdTests
{
    private static readonly string Gadgets = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "gadgets.example.com.yaml"));

    private static GeneratorResult Run() => new GeneratorHarness().CoreReferences().File("/crds/gadgets.example.com.yaml", Gadgets).Run();

    [Fact]
    public void Generated_code_compiles_without_diagnostics()
    {
        var result = Run();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileErrors);
        Assert.Empty(result.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Every_served_version_is_a_type_and_deprecated_ones_name_the_version_to_move_to_without_being_obsolete()
    {
        var result = Run();
        var v1 = result.Type("Acme.Crds.V1.Gadget");
        var old = result.Type("Acme.Crds.V1Alpha1.Gadget");
        // [Obsolete] would make CS0618 fail every TreatWarningsAsErrors build; KSDK6001 reads this attribute instead.
        Assert.DoesNotContain(old.GetAttributes(), a => a.AttributeClass!.Name == "ObsoleteAttribute");
        Assert.DoesNotContain(v1.GetAttributes(), a => a.AttributeClass!.Name == "KubeDeprecatedVersionAttribute");
        var deprecated = Assert.Single(old.GetAttributes(), a => a.AttributeClass!.Name == "KubeDeprecatedVersionAttribute");
        Assert.Equal("v1", deprecated.ConstructorArguments[0].Value);
        Assert.Equal("example.com/v1alpha1 Gadget is deprecated; use example.com/v1", Assert.Single(deprecated.NamedArguments, n => n.Key == "Warning").Value.Value);
        Assert.DoesNotContain(deprecated.NamedArguments, n => n.Key == "ServedBy");
        var kinds = result.Generated("KuratorSdk.Kinds.g.cs");
        Assert.Contains("registry.Register", kinds);
        // A CRD without provenance describes the user's cluster, not a delivery system: it declares no served versions.
        Assert.DoesNotContain("KubeServedVersions", kinds);
    }

    [Fact]
    public void A_shipped_schema_declares_the_versions_its_upstream_release_serves()
    {
        var schema = Path.Combine(GeneratorHarness.RepoRoot(), "schemas", "flux", "gitrepositories.source.toolkit.fluxcd.io.json");
        var result = new GeneratorHarness().CoreReferences().File("/schemas/flux/gitrepositories.source.toolkit.fluxcd.io.json", File.ReadAllText(schema)).Run();
        Assert.Empty(result.CompileErrors);
        Assert.Contains(
            "[assembly: global::Kurator.Sdk.KubeServedVersions(\"source.toolkit.fluxcd.io\", \"GitRepository\", \"v1\", \"source-controller v1.9.1 (Flux v2.9.0)\", \"v1\")]",
            result.Generated("KuratorSdk.Kinds.g.cs"));
    }

    [Fact]
    public void Keywords_schema_like_names_and_class_name_collisions_get_valid_names()
    {
        var spec = Run().Type("Acme.Crds.V1.GadgetSpec");
        var names = spec.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToHashSet();
        foreach (var expected in new[] { "Operator", "Namespace", "Default", "Ref", "XKubernetesThing", "Spec", "GadgetSpecValue", "Mode" })
        {
            Assert.Contains(expected, names);
        }

        var wire = spec.GetMembers("Ref").OfType<IPropertySymbol>().Single().GetAttributes().Single(a => a.AttributeClass!.Name == "KubePropertyAttribute");
        Assert.Equal("$ref", wire.ConstructorArguments[0].Value);
    }

    [Fact]
    public void Enums_with_non_identifier_values_keep_their_wire_value()
    {
        var mode = Run().Type("Acme.Crds.V1.GadgetSpecMode");
        var members = mode.GetMembers().OfType<IFieldSymbol>().ToDictionary(f => f.Name, f => (string)f.GetAttributes().Single().ConstructorArguments[0].Value!);
        Assert.Equal("*", members["Any"]);
        Assert.Equal("Host Namespaces", members["HostNamespaces"]);
        Assert.Equal("v1.32", members["V1_32"]);
        Assert.Equal(string.Empty, members["Empty"]);
    }

    [Fact]
    public void Schema_types_map_to_real_value_types_and_required_is_enforced_by_the_compiler()
    {
        var spec = Run().Type("Acme.Crds.V1.GadgetSpec");
        string TypeOf(string name) => spec.GetMembers(name).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("Kurator.Sdk.Duration?", TypeOf("Interval"));
        Assert.Equal("Kurator.Sdk.IntOrString?", TypeOf("Port"));
        Assert.Equal("Kurator.Sdk.Quantity?", TypeOf("Memory"));
        Assert.Equal("System.DateTimeOffset?", TypeOf("StartedAt"));
        Assert.Equal("byte[]?", TypeOf("Blob"));
        Assert.Equal("System.Text.Json.Nodes.JsonNode?", TypeOf("Values"));
        Assert.Equal("System.Collections.Generic.Dictionary<string, string>?", TypeOf("Labels"));
        Assert.True(spec.GetMembers("Mode").OfType<IPropertySymbol>().Single().IsRequired);
    }

    [Fact]
    public void Embedded_pod_template_reuses_the_core_type_and_identical_shapes_are_emitted_once()
    {
        var result = Run();
        var spec = result.Type("Acme.Crds.V1.GadgetSpec");
        Assert.Equal("Kurator.Sdk.Kubernetes.Core.V1.PodTemplateSpec?", spec.GetMembers("Template").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        var primary = spec.GetMembers("Primary").OfType<IPropertySymbol>().Single().Type;
        var secondary = spec.GetMembers("Secondary").OfType<IPropertySymbol>().Single().Type;
        Assert.Equal(primary.ToDisplayString(), secondary.ToDisplayString());
        Assert.Null(result.Compilation.GetTypeByMetadataName("Acme.Crds.V1.GadgetSpecSecondary"));
    }

    [Fact]
    public void Descriptions_of_a_users_crd_become_intellisense_docs()
    {
        var source = Run().Generated("gadgets.example.com.g.cs");
        Assert.Contains("/// A Gadget is a thing that does gadget things.", source);
        Assert.Contains("/// A C# keyword as a field name.", source);
        Assert.Contains("Field \"interval\" (duration such as 5m0s); optional; pattern", source);
    }

    [Fact]
    public void User_code_uses_the_generated_types_with_compile_time_required_checks()
    {
        var ok = new GeneratorHarness().CoreReferences().File("/crds/gadgets.example.com.yaml", Gadgets)
            .Source("""
                using Acme.Crds.V1;
                public static class Usage
                {
                    public static string Yaml() => new Gadget("g") { Spec = new() { Mode = GadgetSpecMode.HostNamespaces, Interval = "5m", Memory = "1Gi", Port = 8080 } }.ToYaml();
                }
                """).Run();
        Assert.Empty(ok.CompileErrors);

        var missing = new GeneratorHarness().CoreReferences().File("/crds/gadgets.example.com.yaml", Gadgets)
            .Source("public static class Usage { public static object Make() => new Acme.Crds.V1.GadgetSpec { Interval = \"5m\" }; }").Run();
        Assert.Contains(missing.CompileErrors, d => d.Id == "CS9035" && d.GetMessage().Contains("Mode"));
    }

    [Fact]
    public void Twenty_levels_of_nesting_compile()
    {
        var deep = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "deeps.example.com.yaml"));
        var result = new GeneratorHarness().File("/crds/deeps.example.com.yaml", deep).Run();
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileErrors);
        var leafOwner = result.Compilation.GetSymbolsWithName(n => n.EndsWith("Level19", StringComparison.Ordinal), SymbolFilter.Type).Single();
        Assert.Contains("Leaf", ((INamedTypeSymbol)leafOwner).MemberNames);
    }
}
