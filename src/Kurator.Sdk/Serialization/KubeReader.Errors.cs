using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <content>How problems are recorded and worded: the field path, the node's position, and no secret value in any message.</content>
public sealed partial class KubeReader
{
    /// <summary>Records an error at a node.</summary>
    public void Error(DocNode node, string message) => Errors.Add(new KubeLoadError(File, node.Line, node.Column, Path.Render(), message) { RejectsValue = true });

    // A field the type does not have (strict mode). The value is not rejected: validation still checks the object.
    private void UnknownField(DocScalar key) => Errors.Add(new KubeLoadError(File, key.Line, key.Column, Path.Render(), "unknown field \"" + key.Value + "\""));

    // "expected X, got Y": the node is not of the type the field needs.
    private void Mismatch(DocNode node, string expected) => Error(node, "expected " + expected + ", got " + Describe(node));

    private static string OutOfRange(string text, long min, long max, string type) =>
        $"the integer {text} is out of range for an {type} field ({min} to {max})";

    // Digits with an optional sign: a number that only failed to parse because it is too large.
    private static bool IsDecimal(string text)
    {
        var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    // What a node is, for "expected X, got Y"; a secret value is described by its kind only.
    private string Describe(DocNode node) => node switch
    {
        DocMapping => "an object",
        DocSequence => "a list",
        DocScalar s => s.Kind switch
        {
            ScalarKind.String => "a string",
            ScalarKind.Integer => Hiding ? "an integer" : "the integer " + s.Value,
            ScalarKind.Float => Hiding ? "a number" : "the number " + s.Value,
            ScalarKind.Bool => Hiding ? "a boolean" : s.Value,
            _ => "null",
        },
        _ => "nothing",
    };

    private bool Hiding => HidesSecretValues && SecretFields.Covers(Path);

    private string Quoted(string text) => Hiding ? SecretFields.Hidden : "\"" + text + "\"";

    // A list item read as nothing: a null item is an error here; other failures already reported their own.
    private void RejectNullItem(DocNode item)
    {
        if (IsNull(item))
        {
            Error(item, "null is not allowed in this list");
        }
    }
}
