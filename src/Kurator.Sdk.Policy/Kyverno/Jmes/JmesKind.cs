namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>The JSON types of JMESPath values, plus expression references (function arguments only).</summary>
internal enum JmesKind : byte
{
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
    Expression,
}
