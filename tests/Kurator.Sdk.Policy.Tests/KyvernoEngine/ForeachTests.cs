using System.Linq;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public class ForeachTests
{
    [Fact]
    public void Each_element_is_judged_by_the_pattern_and_the_first_failure_names_its_path()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: tags
                  match:
                    any:
                    - resources:
                        kinds: [Pod]
                  validate:
                    message: "no latest"
                    foreach:
                    - list: "request.object.spec.containers"
                      pattern:
                        image: "!*:latest"
                    - list: "request.object.spec.initContainers"
                      pattern:
                        image: "!*:latest"
            """));
        var result = Kyv.Run(set, Kyv.Pod).Single();
        Assert.Equal((KyvernoRuleOutcome.Fail, "spec.containers[1].image"), (result.Outcome, result.Path));
        Assert.Equal(["tags=Pass"], Kyv.Outcomes(set, Kyv.Pod.Replace("busybox:latest", "busybox:1.36", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Deny_per_element_sees_element_and_element_index()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: drop-all
                  match:
                    any:
                    - resources:
                        kinds: [Pod]
                  validate:
                    message: "container {{ elementIndex }} must drop ALL"
                    foreach:
                    - list: request.object.spec.[ephemeralContainers, initContainers, containers][]
                      deny:
                        conditions:
                          all:
                          - key: ALL
                            operator: AnyNotIn
                            value: "{{ element.securityContext.capabilities.drop[].to_upper(@) || `[]` }}"
            """));
        var result = Kyv.Run(set, Kyv.Pod).Single();
        Assert.Equal((KyvernoRuleOutcome.Fail, "container 0 must drop ALL"), (result.Outcome, result.Message));
    }

    [Fact]
    public void Element_preconditions_and_nested_foreach_narrow_the_elements()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: nested
                  match:
                    any:
                    - resources:
                        kinds: [Pod]
                  validate:
                    message: "capabilities must be upper case"
                    foreach:
                    - list: request.object.spec.containers
                      preconditions:
                        all:
                        - key: "{{ element.name }}"
                          operator: Equals
                          value: c2
                      foreach:
                      - list: element.securityContext.capabilities.drop
                        deny:
                          conditions:
                            any:
                            - key: "{{ element }}"
                              operator: NotEquals
                              value: "{{ to_upper(element) }}"
            """));
        Assert.Equal(["nested=Fail"], Kyv.Outcomes(set, Kyv.Pod));
        Assert.Equal(["nested=Pass"], Kyv.Outcomes(set, Kyv.Pod.Replace("[\"all\"]", "[\"ALL\"]", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_foreach_over_lists_that_are_absent_or_empty_is_skipped()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: init
                  match:
                    any:
                    - resources:
                        kinds: [Pod]
                  validate:
                    message: "x"
                    foreach:
                    - list: request.object.spec.initContainers
                      pattern:
                        image: "!*:latest"
            """));
        Assert.Equal(["init=Skip"], Kyv.Outcomes(set, Kyv.Pod));
    }
}
