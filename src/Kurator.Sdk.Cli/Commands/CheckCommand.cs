using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Policy.Kyverno;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Commands;

/// <summary>
/// <c>kurator-sdk check [--level baseline|restricted] [--version v1.N|latest] [--policy files/dirs]... [--audit-warn]
/// [--fail-on-drift] &lt;files or dirs&gt;</c>: Pod Security Standards over rendered YAML; one
/// <c>file:line: kind/name: checkId: path: message</c> line per violation; with <c>--policy</c>, also the Kyverno policies
/// of those files, one <c>file:line: kind/name: policy/rule: path: message</c> line per failed (or not evaluable) rule;
/// and one warning line (<c>KSDK6001</c>/<c>KSDK6002</c>, path <c>apiVersion</c>) per object in an API version its schema
/// deprecates or its upstream release no longer serves, which fails the check only with <c>--fail-on-drift</c>. Fails
/// closed: every object is first read and validated as <c>validate</c> does (wrong types, unknown kinds, missing
/// apiVersion/kind, documents that are not objects, names), and each problem is a <c>file:line: path: message</c> line;
/// a policy file that cannot be read, or a policy that cannot be compiled, is a problem too.
/// </summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "YAML/JSON files or folders", Arity = ArgumentArity.OneOrMore };
        var level = new Option<string>("--level") { Description = "baseline or restricted", DefaultValueFactory = _ => "baseline" };
        var version = new Option<string>("--version") { Description = "Pod Security Standards version: v1.N or latest", DefaultValueFactory = _ => "latest" };
        var policy = new Option<string[]>("--policy")
        {
            Description = "A Kyverno ClusterPolicy/Policy YAML file or folder to evaluate against every object (repeat the option for more)",
        };
        var auditWarn = new Option<bool>("--audit-warn") { Description = "Report failures of Audit (not Enforce) Kyverno policies without failing the check, as `kyverno apply --audit-warn` does" };
        var failOnDrift = new Option<bool>("--fail-on-drift") { Description = "exit 1 when an object uses an API version that is deprecated or no longer served (KSDK6001, KSDK6002); otherwise those are warnings" };
        var command = new Command("check", "Check Pod Security Standards (and, with --policy, Kyverno policies) on every object in the manifests (objects that cannot be read or are invalid are reported too) and warn on deprecated or unserved API versions");
        command.Arguments.Add(paths);
        command.Options.Add(level);
        command.Options.Add(version);
        command.Options.Add(policy);
        command.Options.Add(auditWarn);
        command.Options.Add(failOnDrift);
        // The token is looked at between documents, so a signal stops a long run there, before its summary.
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            result.GetValue(paths)!, result.GetValue(level)!, result.GetValue(version)!, Console.Out, Console.Error, cancellationToken,
            result.GetValue(failOnDrift), result.GetValue(policy) ?? [], result.GetValue(auditWarn))));
        return command;
    }

    /// <summary>
    /// Runs the check: problem and violation lines on <paramref name="output"/>, sorted by file and line, then a summary
    /// line on <paramref name="error"/>. <paramref name="policyPaths"/> name Kyverno policy files evaluated against every
    /// object; a failure of an Audit policy does not fail the check when <paramref name="auditWarn"/> is set. Returns 0 when
    /// clean, 1 on problems or violations (or API drift warnings with <paramref name="failOnDrift"/>), 3 on an unknown
    /// level or version.
    /// </summary>
    public static int Run(
        IEnumerable<string> paths,
        string level,
        string version,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken = default,
        bool failOnDrift = false,
        IReadOnlyCollection<string>? policyPaths = null,
        bool auditWarn = false)
    {
        PodSecurityLevel parsedLevel;
        PodSecurityVersion parsedVersion;
        try
        {
            parsedLevel = PodSecurityLevels.Parse(level);
            parsedVersion = PodSecurityVersion.Parse(version);
        }
        catch (FormatException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.InvalidUsage;
        }

        var registry = ShippedKinds.EnsureRegistered();
        var problems = new List<LoadProblem>();
        var policies = LoadPolicies(policyPaths ?? [], output);
        var notObjects = 0;
        var warnings = new List<LoadProblem>();
        var files = InputFiles.Expand(paths, p => problems.Add(new LoadProblem(p, 0, $"{p}: no such file or folder")));
        // Documents stream through the runner one at a time; only problem and finding lines are kept.
        var drift = ApiVersionDrift.For(registry);
        var documents = Documents(files, registry, problems, () => notObjects++, cancellationToken)
            .Select(d =>
            {
                warnings.AddRange(ApiDriftLines.Of(d, drift));
                return d;
            });
        var report = new PolicyCheckRunner(parsedLevel, parsedVersion, PodSpecLocations.For(registry), policies.Set).Run(documents);
        var lines = problems.Concat(warnings).Concat(report.Findings.Select(f => new LoadProblem(f.File, f.Line, f.ToString())))
            .Concat(report.KyvernoFindings.Select(f => new LoadProblem(f.File, f.Line, f.ToString())))
            .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line);
        foreach (var line in lines)
        {
            output.WriteLine(line.Text);
        }

        // Audit failures are reported either way; --audit-warn only keeps them from failing the run. A rule that could
        // not be evaluated fails like a violation: the check cannot say the object passes it.
        var failingPolicies = report.KyvernoFindings.Count(f => !auditWarn || f.Enforce || f.Result.Outcome != KyvernoRuleOutcome.Fail);
        var summary = Summary(report.DocumentsChecked + notObjects, files.Count, problems.Count + policies.Problems, report.Findings.Count, parsedLevel.ToString().ToLowerInvariant(), warnings.Count);
        if (policies.Set is not null)
        {
            summary += string.Create(CultureInfo.InvariantCulture, $"; {policies.Set.PolicyNames.Count} Kyverno policy(ies), {report.KyvernoFindings.Count} rule finding(s)");
        }

        error.WriteLine(summary);
        return problems.Count > 0 || policies.Problems > 0 || report.Findings.Count > 0 || failingPolicies > 0 || (failOnDrift && warnings.Count > 0) ? ExitCodes.Failed : ExitCodes.Success;
    }

    // The --policy files compiled once; their problems (unreadable files, documents that are not policies, rules that do
    // not compile) are printed first and fail the run: a policy that is not read must not pass everything.
    private static (KyvernoPolicySet? Set, int Problems) LoadPolicies(IReadOnlyCollection<string> paths, TextWriter output)
    {
        if (paths.Count == 0)
        {
            return (null, 0);
        }

        var (sources, problems) = KyvernoPolicyFiles.Read(paths);
        var set = KyvernoPolicySet.Load(sources);
        foreach (var line in problems.Concat(set.Problems.Select(p => p.ToString())))
        {
            output.WriteLine(line);
        }

        return (set, problems.Count + set.Problems.Count);
    }

    private static string Summary(int objects, int files, int problems, int violations, string level, int driftWarnings)
    {
        var counts = string.Create(CultureInfo.InvariantCulture, $"checked {objects} object(s) in {files} file(s): ");
        var drift = driftWarnings > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {driftWarnings} API drift warning(s)") : string.Empty;
        if (problems == 0 && violations == 0)
        {
            return counts + $"no violations at level {level}" + drift;
        }

        return counts + string.Create(CultureInfo.InvariantCulture, $"{problems} problem(s), {violations} violation(s) at level {level}") + drift;
    }

    // The documents of every input, read as the runner asks for them: only one document's tree is held at a time. Each is
    // first read and validated as validate does (fail closed); its problems are collected and later documents still run.
    private static IEnumerable<PolicyDocument> Documents(IEnumerable<string> files, KubeTypeRegistry registry, List<LoadProblem> problems, Action notObject, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            IEnumerator<ParsedDocument> documents;
            try
            {
                documents = ManifestDocuments.Read(file).GetEnumerator();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new LoadProblem(file, 0, $"{file}: cannot be read: {e.Message}"));
                continue;
            }

            using (documents)
            {
                while (Next(documents, file, problems))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var parsed = documents.Current;
                    if (parsed.Problem is { } ex)
                    {
                        problems.Add(new LoadProblem(ex.File, ex.Line, $"{ex.File}:{ex.Line}: {ex.Reason}"));
                        continue;
                    }

                    var node = parsed.Node!;
                    // A v1 List is read item by item by both the typed reader and the policy runner.
                    var loaded = new LoadResult();
                    KubeDocuments.Read(node, file, false, registry, loaded);
                    problems.AddRange(LoadProblems.Of(loaded));
                    if (DocJson.ToNode(node) is JsonObject obj) yield return new PolicyDocument(file, obj, path => DocLocator.Line(node, path), node.Line);
                    else notObject();
                }
            }
        }
    }

    // Reading may fail part way through a file (I/O): that is a problem of the file, not a crash.
    private static bool Next(IEnumerator<ParsedDocument> documents, string file, List<LoadProblem> problems)
    {
        try
        {
            return documents.MoveNext();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(file, 0, $"{file}: cannot be read: {e.Message}"));
            return false;
        }
    }
}
