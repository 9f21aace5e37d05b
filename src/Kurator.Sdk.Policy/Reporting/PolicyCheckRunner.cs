using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
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
    // Documents judged at once, on all cores (Pod Security, then the Kyverno policies).
    private const int Batch = 256;

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
        var batch = new List<PolicyDocument>(Batch);
        var documentCount = 0;
        var podSpecCount = 0;
        foreach (var document in documents.SelectMany(ListItems.Expand))
        {
            documentCount++;
            batch.Add(document);
            if (batch.Count == Batch)
            {
                podSpecCount += Judge(batch, findings, kyverno);
            }
        }

        podSpecCount += Judge(batch, findings, kyverno);
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

    // The documents of a batch are judged on all cores, and their findings appended in document order (within a
    // document, by line; the sort is stable, so check order breaks ties); batches keep the documents streaming (a large
    // folder is never held in memory whole). Returns the pod specs found.
    private int Judge(List<PolicyDocument> batch, List<PolicyFinding> findings, List<KyvernoFinding> kyverno)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var podSecurity = new (int PodSpecs, List<PodSecurityViolation> Violations)[batch.Count];
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, batch.Count, options, i =>
            {
                var sites = _locator.Locate(batch[i].Object);
                var violations = new List<PodSecurityViolation>();
                foreach (var site in sites)
                {
                    violations.AddRange(PodSecurityEvaluator.EvaluatePod(site, Level, Version));
                }

                podSecurity[i] = (sites.Count, violations);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // As a loop over the documents would: the first failure itself, not a wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var results = _policies?.EvaluateAll(batch.Select(d => d.Object).ToList(), _context);

        var podSpecs = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var document = batch[i];
            var kind = Text(document.Object["kind"]) ?? "<unknown>";
            var metadata = document.Object["metadata"] as JsonObject;
            var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]) ?? "<unnamed>";
            podSpecs += podSecurity[i].PodSpecs;
            findings.AddRange(podSecurity[i].Violations
                .Select(violation => new PolicyFinding(document.File, LineOf(document, violation.Path), kind, name, violation))
                .OrderBy(f => f.Line));
            if (results is not null)
            {
                kyverno.AddRange(results[i]
                    .Where(KyvernoFinding.IsFinding)
                    .Select(result => new KyvernoFinding(document.File, LineOf(document, result.Path), kind, name, result))
                    .OrderBy(f => f.Line));
            }
        }

        batch.Clear();
        return podSpecs;
    }

    private static string? Text(JsonNode? node) =>
        node is not null && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
}
