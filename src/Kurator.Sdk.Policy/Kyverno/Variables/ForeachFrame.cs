using Kurator.Sdk.Policy.Kyverno.Jmes;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>What a foreach body replaced in the scope (<c>element</c>, <c>elementIndex</c>; null when absent).</summary>
internal readonly record struct ForeachFrame(JmesValue? Element, JmesValue? Index);
