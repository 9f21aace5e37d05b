using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Tests.Fuzz;

/// <summary>
/// Feeds one input to everything that reads user manifests, as `validate` and `check` do: the YAML readers (fast path
/// and YamlDotNet) or the JSON reader, the typed load (<see cref="KubeYaml"/>/<see cref="KubeJson"/>), <c>Validate()</c>
/// with line lookup of each problem, a serialize-and-reload of every object loaded cleanly, and the Pod Security check at
/// baseline and restricted. The only exception allowed is the readers' documented <see cref="DocParseException"/>; any
/// other escapes to the caller as a finding.
/// </summary>
internal static class FuzzTargets
{
    private static readonly KubeTypeRegistry Registry = ShippedKinds.EnsureRegistered();
    private static readonly PolicyCheckRunner Baseline = new(PodSecurityLevel.Baseline, PodSecurityVersion.Parse("latest"));
    private static readonly PolicyCheckRunner Restricted = new(PodSecurityLevel.Restricted, PodSecurityVersion.Parse("latest"));

    /// <summary>Runs every target; <paramref name="json"/> picks the JSON path (the YAML readers also get JSON, which is YAML).</summary>
    public static void Run(string text, string file, bool json)
    {
        var documents = new List<DocNode>();
        if (json)
        {
            TryParse(() => documents.Add(JsonDocReader.Parse(text, file)));
            Load(KubeJson.Load(text, file, loose: false, Registry), file);
            Load(KubeJson.Load(text, file, loose: true, Registry), file);
        }

        TryParse(() => FastYamlReader.TryParseAll(text, file, out _));
        var yamlDocuments = new List<DocNode>();
        TryParse(() => yamlDocuments.AddRange(YamlDocReader.ParseAll(text, file)));
        if (!json)
        {
            documents = yamlDocuments;
            Load(KubeYaml.Load(text, file, loose: false, Registry), file);
            Load(KubeYaml.Load(text, file, loose: true, Registry), file);
        }

        CheckPodSecurity(documents, file);
    }

    private static void TryParse(System.Action parse)
    {
        try
        {
            parse();
        }
        catch (DocParseException)
        {
            // The documented way a reader refuses bad input.
        }
    }

    private static void Load(LoadResult result, string file)
    {
        foreach (var error in result.Errors) _ = error.ToString();
        foreach (var loaded in result.Objects.Concat(result.Partial))
        {
            foreach (var problem in loaded.Resource.Validate()) _ = (loaded.LineOf(problem.Path), problem.Message);
        }

        foreach (var loaded in result.Objects)
        {
            // What the typed model writes must read back: KubeYaml.Load reports problems instead of throwing.
            _ = KubeYaml.Load(KubeYaml.Serialize(loaded.Resource), file, loose: true, Registry);
            _ = KubeJson.Load(KubeJson.Serialize(loaded.Resource), file, loose: true, Registry);
        }
    }

    private static void CheckPodSecurity(List<DocNode> documents, string file)
    {
        var policyDocuments = new List<PolicyDocument>();
        foreach (var node in documents)
        {
            if (DocJson.ToNode(node) is JsonObject obj)
            {
                var root = node;
                policyDocuments.Add(new PolicyDocument(file, obj, path => DocLocator.Line(root, path), node.Line));
            }
        }

        foreach (var runner in new[] { Baseline, Restricted })
        {
            var result = runner.Run(policyDocuments);
            _ = result.Lines.ToList();
            _ = result.ExitCode;
        }
    }
}
