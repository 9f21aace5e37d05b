using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;

/// <summary>
/// Resolves one <c>{{ expression }}</c> of a pattern for the resource being matched (JMESPath over
/// <c>request.object</c> and the rule's context is the engine's). Return false when the expression cannot be
/// resolved: the match then ends in <see cref="KyvernoPatternStatus.Error"/>.
/// </summary>
/// <param name="expression">The text between the braces, trimmed (<c>request.object.metadata.name</c>).</param>
/// <param name="value">The value; JSON null is a valid value.</param>
public delegate bool KyvernoVariableResolver(string expression, out JsonNode? value);
