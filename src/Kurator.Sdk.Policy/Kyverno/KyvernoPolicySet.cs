using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Policy.Kyverno.Matching;
using Kurator.Sdk.Policy.Kyverno.Model;
using Kurator.Sdk.Policy.Kyverno.Validation;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>
/// Kyverno validate rules, compiled once and evaluated against many resources, the way <c>kyverno apply</c>/<c>test</c>
/// would admit them as new objects (CREATE). Supported: match/exclude (kinds incl. <c>group/version/Kind</c> and
/// wildcards, names, namespaces, selectors, namespaceSelector with the caller's namespace labels, annotations,
/// operations, any/all), pod-controller auto-generated rules, preconditions, <c>{{ }}</c> variables (JMESPath with
/// Kyverno's functions), <c>validate.pattern</c>/<c>anyPattern</c>, <c>deny</c>, <c>foreach</c>, <c>podSecurity</c>
/// and <c>cel</c>. Rules needing the cluster (context entries, user-based match, image verification) are reported as
/// NotEvaluated, never as passed (a context entry that values supply, see <see cref="KyvernoRequestContext.RuleValues"/>, counts as loaded); mutate and generate rules as Skip.
/// </summary>
/// <example>
/// <code>
/// var set = KyvernoPolicySet.Load(sources);
/// foreach (var p in set.Problems) Console.Error.WriteLine(p);          // file:line: path: message
/// foreach (var r in set.Evaluate(deployment, KyvernoRequestContext.Create))
///     if (r.Outcome == KyvernoRuleOutcome.Fail) Console.WriteLine($"{r.Policy}/{r.Rule}: {r.Path}: {r.Message}");
/// </code>
/// </example>
public sealed class KyvernoPolicySet
{
    private readonly List<KyvernoPolicy> _policies;

    private KyvernoPolicySet(List<KyvernoPolicy> policies, List<KyvernoPolicyProblem> problems)
    {
        _policies = policies;
        Problems = problems;
    }

    /// <summary>The problems found while loading, in input order; a policy or rule with a problem is left out (fail closed).</summary>
    public IReadOnlyList<KyvernoPolicyProblem> Problems { get; }

    /// <summary>The names of the policies loaded (<c>namespace/name</c> for a namespaced Policy).</summary>
    public IReadOnlyList<string> PolicyNames => _policies.Select(p => p.ReportedName).ToList();

    /// <summary>The number of compiled rules, auto-generated pod-controller rules included.</summary>
    public int RuleCount => _policies.Sum(p => p.Rules.Count);

    /// <summary>Compiles every policy document once.</summary>
    public static KyvernoPolicySet Load(IEnumerable<KyvernoPolicySource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new List<KyvernoPolicyProblem>();
        var policies = new List<KyvernoPolicy>();
        foreach (var source in sources)
        {
            if (PolicyCompiler.Compile(source, problems) is { } policy)
            {
                policies.Add(policy);
            }
        }

        return new KyvernoPolicySet(policies, problems);
    }

    /// <summary>
    /// The result of every rule that matches <paramref name="resource"/> (rules that do not match, or exclude it, give no
    /// result), in policy and rule order. Safe to call from several threads at once: the compiled rules are not changed by
    /// an evaluation, and a parsed JMESPath expression keeps no evaluation state.
    /// </summary>
    public IReadOnlyList<KyvernoRuleResult> Evaluate(JsonObject resource, KyvernoRequestContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        context ??= KyvernoRequestContext.Create;
        var view = new ResourceView(resource);
        var scope = new VariableScope(resource, context.Operation);
        var results = new List<KyvernoRuleResult>();
        foreach (var policy in _policies)
        {
            // A namespaced Policy applies only to resources of its namespace.
            if (policy.Namespace is not null && !string.Equals(policy.Namespace, view.Namespace.Length == 0 ? "default" : view.Namespace, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var rule in policy.Rules)
            {
                var judged = context.RuleValues(policy.ReportedName, rule.Name) is { Count: > 0 } values
                    ? JudgeWithValues(rule, view, resource, context, values)
                    : Judge(rule, view, scope, context, null);
                if (judged is { } verdict)
                {
                    results.Add(new KyvernoRuleResult(policy.ReportedName, rule.Name, verdict.Outcome, verdict.Path, verdict.Message, rule.Enforce));
                }
            }
        }

        return results;
    }

    /// <summary>
    /// <see cref="Evaluate"/> for every resource, on all cores: element <c>i</c> of the answer holds the results of
    /// <paramref name="resources"/>[<c>i</c>], so the order is that of the input whatever the threads did. The resources
    /// must not change meanwhile.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<KyvernoRuleResult>> EvaluateAll(IReadOnlyList<JsonObject> resources, KyvernoRequestContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        context ??= KyvernoRequestContext.Create;
        var results = new IReadOnlyList<KyvernoRuleResult>[resources.Count];
        if (resources.Count < 2 || Environment.ProcessorCount < 2)
        {
            for (var i = 0; i < resources.Count; i++)
            {
                results[i] = Evaluate(resources[i], context);
            }

            return results;
        }

        try
        {
            // One worker per core: the work never blocks, so more threads would only contend.
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, resources.Count, options, i => results[i] = Evaluate(resources[i], context));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // As the sequential loop would: the first failure itself, not a wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    // A rule with values of its own gets its own variables (and, with request.operation, its own operation).
    private static RuleVerdict? JudgeWithValues(KyvernoRule rule, ResourceView view, JsonObject resource, KyvernoRequestContext context, IReadOnlyDictionary<string, JsonNode?> values)
    {
        if (values.TryGetValue("request.operation", out var operation) && operation is JsonValue v && v.TryGetValue<string>(out var op))
        {
            context = new KyvernoRequestContext { Operation = op, NamespaceLabels = context.NamespaceLabels, RuleValues = context.RuleValues };
        }

        return Judge(rule, view, new VariableScope(resource, context.Operation, values), context, values);
    }

    private static RuleVerdict? Judge(KyvernoRule rule, ResourceView view, VariableScope scope, KyvernoRequestContext context, IReadOnlyDictionary<string, JsonNode?>? values)
    {
        var match = rule.Match.Matches(view, context);
        if (match.State == MatchState.No)
        {
            return null;
        }

        if (match.State == MatchState.Unknown)
        {
            return RuleVerdict.NotEvaluated(match.Reason);
        }

        if (rule.Exclude?.Matches(view, context) is { } exclude)
        {
            if (exclude.State == MatchState.Yes)
            {
                return null;
            }

            if (exclude.State == MatchState.Unknown)
            {
                return RuleVerdict.NotEvaluated(exclude.Reason);
            }
        }

        foreach (var entry in rule.LoadedContext)
        {
            if (values is null)
            {
                return RuleVerdict.NotEvaluated(RuleCompiler.ContextNeedsCluster);
            }

            if (!Supplies(values, entry))
            {
                return RuleVerdict.NotEvaluated($"the rule loads context entry \"{entry}\" from the cluster, and no value is supplied for it");
            }
        }

        if (rule.BeforePreconditions is { } early)
        {
            return early;
        }

        try
        {
            if (!rule.Preconditions.Holds(scope))
            {
                return RuleVerdict.Skip("preconditions not met");
            }

            return rule.Check.Check(view.Object, scope);
        }
        catch (VariableException e)
        {
            return RuleVerdict.Error(e.Message);
        }
    }

    // A value for the entry itself, or for a field under it (dictionary.data.env supplies the entry "dictionary").
    private static bool Supplies(IReadOnlyDictionary<string, JsonNode?> values, string entry) =>
        values.ContainsKey(entry) || values.Keys.Any(k => k.StartsWith(entry + ".", StringComparison.Ordinal));
}
