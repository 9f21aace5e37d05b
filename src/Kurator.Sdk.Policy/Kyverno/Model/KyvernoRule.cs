using System.Collections.Generic;
using Kurator.Sdk.Policy.Kyverno.Matching;
using Kurator.Sdk.Policy.Kyverno.Validation;

namespace Kurator.Sdk.Policy.Kyverno.Model;

/// <summary>One compiled rule (an original rule or a pod-controller rule generated from one).</summary>
/// <param name="Name">The rule name as reported (<c>autogen-...</c> for generated rules).</param>
/// <param name="Match">What the rule selects.</param>
/// <param name="Exclude">What it leaves out, or null.</param>
/// <param name="Preconditions">Conditions that must hold for the rule to apply (else Skip).</param>
/// <param name="Check">The rule's body.</param>
/// <param name="Enforce">True for failure action Enforce.</param>
/// <param name="BeforePreconditions">A verdict given without looking at preconditions (context entries the engine
/// cannot load or compute: the preconditions may depend on them), or null.</param>
/// <param name="LoadedContext">The names of the rule's context entries that load data from the cluster (API calls,
/// ConfigMaps, image data): the rule is evaluated only when values supply every one of them.</param>
internal sealed record KyvernoRule(string Name, MatchBlock Match, MatchBlock? Exclude, ConditionBlock Preconditions, IRuleCheck Check, bool Enforce, RuleVerdict? BeforePreconditions, IReadOnlyList<string> LoadedContext);
