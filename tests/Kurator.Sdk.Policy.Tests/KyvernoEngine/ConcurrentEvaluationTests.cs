using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

/// <summary>
/// One compiled set evaluated from several threads at once gives, per resource, exactly what a sequential evaluation
/// gives. The rules read variables in every way the engine caches or shares something: JMESPath with the root
/// (<c>$</c>), <c>let</c> scopes that bind the same name to different values, functions, a pattern whose variables are compiled while evaluating, foreach
/// elements, and messages that print the resolved values (a value of another thread's resource would show there).
/// </summary>
public class ConcurrentEvaluationTests
{
    private const string Rules = """
            - name: root-and-let
              match:
                any:
                - resources:
                    kinds: [Pod]
              validate:
                message: "name {{ $.request.object.metadata.name }} wants {{ let $v = request.object.metadata.labels.want in to_upper($v) }}"
                deny:
                  conditions:
                    any:
                    - key: "{{ let $v = request.object.metadata.name in truncate(join('', [$v, to_upper($v), to_lower($v)]), `6`) }}"
                      operator: Equals
                      value: "{{ let $v = $.request.object.metadata.labels.want in join('', [to_lower($v), to_upper('')]) }}"
            - name: pattern-variable
              match:
                any:
                - resources:
                    kinds: [Pod]
              validate:
                message: "tier must be {{ request.object.metadata.labels.want }}"
                pattern:
                  metadata:
                    labels:
                      tier: "{{ request.object.metadata.labels.want }}"
            - name: each-container
              match:
                any:
                - resources:
                    kinds: [Pod]
              validate:
                message: "image of {{ request.object.metadata.name }}"
                foreach:
                - list: "request.object.spec.containers"
                  deny:
                    conditions:
                      any:
                      - key: "{{ element.image }}"
                        operator: Equals
                        value: "{{ request.object.metadata.labels.want }}:{{ elementIndex }}"
        """;

    [Fact]
    public void Concurrent_evaluation_gives_the_sequential_results_for_every_resource()
    {
        var set = Kyv.Load(Kyv.Policy(Rules));
        Assert.Empty(set.Problems);
        var resources = Enumerable.Range(0, 600).Select(Resource).ToList();
        var expected = resources.Select(r => Describe(set.Evaluate(r))).ToList();

        // The expectations differ between resources (else a mix-up could not show) and every rule both passes and fails.
        Assert.True(expected.Distinct().Count() > resources.Count / 2);
        foreach (var rule in resources.SelectMany(r => set.Evaluate(r)).GroupBy(r => r.Rule))
        {
            Assert.Superset(new HashSet<KyvernoRuleOutcome> { KyvernoRuleOutcome.Pass, KyvernoRuleOutcome.Fail }, rule.Select(r => r.Outcome).ToHashSet());
        }

        // Several threads, each through every resource from a different starting point, all released together.
        const int threads = 6;
        var seen = new string[threads][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var mine = new string[resources.Count];
            for (var k = 0; k < resources.Count; k++)
            {
                var i = (k * 7 + t * 101) % resources.Count;
                mine[i] = Describe(set.Evaluate(resources[i]));
            }

            seen[t] = mine;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        foreach (var mine in seen)
        {
            Assert.Equal(expected, mine);
        }

        Assert.Equal(expected, set.EvaluateAll(resources).Select(Describe).ToList());
    }

    [Fact]
    public void EvaluateAll_keeps_the_input_order_and_handles_no_or_one_resource()
    {
        var set = Kyv.Load(Kyv.Policy(Rules));
        Assert.Empty(set.EvaluateAll([]));
        var one = Resource(3);
        Assert.Equal([Describe(set.Evaluate(one))], set.EvaluateAll([one]).Select(Describe));
        var many = Enumerable.Range(0, 50).Select(Resource).ToList();
        Assert.Equal(many.Select(r => Describe(set.Evaluate(r))), set.EvaluateAll(many).Select(Describe));
    }

    // Pod i: its label "want" is the first 6 characters of its name for every third pod (the deny fires), its tier
    // matches "want" for every other pod (the pattern passes), and one container image of every fifth pod is the one the
    // foreach denies.
    private static JsonObject Resource(int i)
    {
        var name = $"pod{i:D3}-x";
        var want = i % 3 == 0 ? name[..6] : $"w{i}";
        var tier = i % 2 == 0 ? want : "other";
        var image = i % 5 == 0 ? $"{want}:1" : "nginx:1.25";
        return Kyv.Yaml($$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: {{name}}
              namespace: apps
              labels:
                want: "{{want}}"
                tier: "{{tier}}"
            spec:
              containers:
              - name: a
                image: busybox:1
              - name: b
                image: "{{image}}"
            """);
    }

    private static string Describe(IReadOnlyList<KyvernoRuleResult> results) =>
        string.Join(" | ", results.Select(r => $"{r.Rule}={r.Outcome} {r.Path} {r.Message}"));
}
