namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>
/// One token at <see cref="Position"/> (0-based offset in the text). <see cref="Text"/> holds the decoded name, string
/// or JSON text of identifiers, variables, raw strings and literals; <see cref="Number"/> an index's value.
/// </summary>
internal readonly record struct JmesToken(JmesTokenKind Kind, int Position, string? Text = null, int Number = 0);
