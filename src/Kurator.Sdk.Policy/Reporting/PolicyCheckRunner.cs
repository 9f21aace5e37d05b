using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno;
using Kurator.Sdk.Policy.Locators;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Reporting;

/// <summary>
/// Checks parsed documents at one level and version and locates each violation in its file: the engine behind
/// <c>kurator-sdk check [--level baseline|restricted] [--version v1.N|latest] &lt;files or dirs&gt;</c>.
/// </summary>
public sealed class PolicyCheckRunner
{
    // Documents judged by the Kyverno policies at once, in parallel.
    private const int KyvernoBatch = 256;

    private readonly PodSpecLocator _locator;
    private readonly KyvernoPolicySet? _policies;
    private readonly KyvernoRequestContext _context;

    /// <summary>
    /// Creates a runner; <paramref name="locator"/> defaults to <see cref="PodSpecLocator.Default"/>. With
    /// <paramref name="policies"/>, every document is also evaluated against those Kyverno policies (as a new object, with
    /// <paramref name="context"/>'s namespace labels; by default none are known).
    /// </summary>
    public PolicyCheckRunner(PodSecurityLevel level, PodSecurityVersion version, PodSpecLocator? locator = null, KyvernoPolicySet? policies = null, KyvernoRequestContext? context = null)
    {
        Level = level;
        Version = version;
        _locator = locator ?? PodSpecLocator.Default;
        _policies = policies;
        _context = context ?? KyvernoRequestContext.Create;
    }

    /// <summary>The level checked.</summary>
    public PodSecurityLevel Level { get; }

    /// <summary>The version checked.</summary>
    public PodSecurityVersion Version { get; }

    /// <summary>
    /// Checks every document (the items of a <c>kind: List</c> one by one); documents without a pod spec are counted and produce nothing.
    /// </summary>
    public PolicyCheckResult Run(IEnumerable<PolicyDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var findings = new List<PolicyFinding>();
        var kyverno = new List<KyvernoFinding>();
        var pending = new List<(PolicyDocument Document, string Kind, string Name)>(KyvernoBatch);
        var documentCount = 0;
        var podSpecCount = 0;
        foreach (var document in documents.SelectMany(ListItems.Expand))
        {
            documentCount++;
            podSpecCount += _locator.Locate(document.Object).Count;
            var kind = Text(document.Object["kind"]) ?? "<unknown>";
            var metadata = document.Object["metadata"] as JsonObject;
            var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]) ?? "<unnamed>";

            // Source order reads best next to the file; the sort is stable, so check order breaks ties.
            findings.AddRange(PodSecurityEvaluator.Evaluate(document.Object, Level, Version, _locator)
                .Select(violation => new PolicyFinding(document.File, LineOf(document, violation.Path), kind, name, violation))
                .OrderBy(f => f.Line));
            if (_policies is not null)
            {
                pending.Add((document, kind, name));
                if (pending.Count == KyvernoBatch)
                {
                    EvaluateKyverno(pending, kyverno);
                }
            }
        }

        EvaluateKyverno(pending, kyverno);
        return new PolicyCheckResult(findings, documentCount, podSpecCount, kyverno);
    }

    /// <summary>
    /// The source line of <paramref name="path"/>: its own line, else that of its nearest ancestor present in the
    /// source (a missing required field points at the object that should hold it), else the document's first line.
    /// </summary>
    public static int LineOf(PolicyDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (string? current = path; current is not null; current = FieldPath.Parent(current))
        {
            if (document.LineOf(current) is int line)
            {
                return line;
            }
        }

        return document.DocumentLine;
    }

    // The documents of a batch are judged by the Kyverno policies on all cores, and their findings appended in document
    // order; batches keep the documents streaming (a large folder is never held in memory whole).
    private void EvaluateKyverno(List<(PolicyDocument Document, string Kind, string Name)> pending, List<KyvernoFinding> kyverno)
    {
        if (_policies is null || pending.Count == 0)
        {
            return;
        }

        var results = _policies.EvaluateAll(pending.Select(p => p.Document.Object).ToList(), _context);
        for (var i = 0; i < pending.Count; i++)
        {
            var (document, kind, name) = pending[i];
            kyverno.AddRange(results[i]
                .Where(KyvernoFinding.IsFinding)
                .Select(result => new KyvernoFinding(document.File, LineOf(document, result.Path), kind, name, result))
                .OrderBy(f => f.Line));
        }

        pending.Clear();
    }

    private static string? Text(JsonNode? node) =>
        node is not null && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
}
