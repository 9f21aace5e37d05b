using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization
{
    /// <summary>
    /// The state of one load: file, mode, current field path and the errors found. Generated ReadFrom methods call it
    /// to convert document nodes to typed values; nothing throws on bad input, every problem becomes an error with a path.
    /// </summary>
    public sealed class KubeReader
    {
        /// <summary>Creates a reader for one file.</summary>
        public KubeReader(string file, bool loose = false)
        {
            File = file;
            Loose = loose;
        }

        /// <summary>The file being read (or a label for in-memory text).</summary>
        public string File { get; }

        /// <summary>Loose mode keeps unknown fields instead of reporting them.</summary>
        public bool Loose { get; }

        /// <summary>True when reading a Secret: errors under data and stringData say what is wrong without the value.</summary>
        public bool HidesSecretValues { get; init; }

        /// <summary>The field path being read.</summary>
        public KubePath Path { get; } = new KubePath();

        /// <summary>The problems found so far.</summary>
        public List<KubeLoadError> Errors { get; } = new List<KubeLoadError>();

        /// <summary>Records an error at a node.</summary>
        public void Error(DocNode node, string message) => Errors.Add(new KubeLoadError(File, node.Line, node.Column, Path.Render(), message) { RejectsValue = true });

        /// <summary>The node as a mapping, or null (with an error unless it is null).</summary>
        public DocMapping? Object(DocNode node)
        {
            if (node is DocMapping map)
            {
                return WithinDepth(node) ? map : null;
            }

            if (!IsNull(node))
            {
                Error(node, "expected an object, got " + Describe(node));
            }

            return null;
        }

        /// <summary>A field the type does not have: an error, or kept in loose mode.</summary>
        public void Unknown(KubeModel target, DocScalar key, DocNode value)
        {
            if (Loose)
            {
                Keep(target, key, value);
                return;
            }

            Errors.Add(new KubeLoadError(File, key.Line, key.Column, Path.Render(), "unknown field \"" + key.Value + "\""));
        }

        /// <summary>Keeps a field the schema preserves without describing it.</summary>
        public void Keep(KubeModel target, DocScalar key, DocNode value)
        {
            target.UnknownFields ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            target.UnknownFields[key.Value] = DocJson.ToNode(value);
        }

        /// <summary>Checks that an apiVersion or kind field holds the expected value.</summary>
        public void Expect(DocNode node, string expected)
        {
            if (!(node is DocScalar s) || s.Value != expected)
            {
                Error(node, $"expected \"{expected}\", got {Describe(node)}");
            }
        }

        /// <summary>Reads a string.</summary>
        public string? String(DocNode node)
        {
            if (node is DocScalar s)
            {
                if (s.Kind == ScalarKind.String)
                {
                    return s.Value;
                }

                if (s.Kind == ScalarKind.Null)
                {
                    return null;
                }
            }

            Error(node, "expected a string, got " + Describe(node));
            return null;
        }

        /// <summary>Reads a 64-bit integer.</summary>
        public long? Int64(DocNode node) => Integer(node, long.MinValue, long.MaxValue, "int64");

        /// <summary>Reads a 32-bit integer.</summary>
        public int? Int32(DocNode node) => (int?)Integer(node, int.MinValue, int.MaxValue, "int32");

        // An integer within [min, max]; one written too large for its field says so rather than "expected an integer".
        private long? Integer(DocNode node, long min, long max, string type)
        {
            if (node is DocScalar s)
            {
                if (s.Kind == ScalarKind.Integer && long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    if (value >= min && value <= max)
                    {
                        return value;
                    }

                    Error(node, OutOfRange(s.Value, min, max, type));
                    return null;
                }

                if (s.Kind == ScalarKind.Integer && IsDecimal(s.Value))
                {
                    Error(node, OutOfRange(s.Value, min, max, type));
                    return null;
                }

                if (s.Kind == ScalarKind.Null)
                {
                    return null;
                }
            }

            Error(node, "expected an integer, got " + Describe(node));
            return null;
        }

        /// <summary>Reads a number.</summary>
        public double? Double(DocNode node)
        {
            if (node is DocScalar s)
            {
                if ((s.Kind == ScalarKind.Integer || s.Kind == ScalarKind.Float) && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                if (s.Kind == ScalarKind.Null)
                {
                    return null;
                }
            }

            Error(node, "expected a number, got " + Describe(node));
            return null;
        }

        /// <summary>Reads a boolean.</summary>
        public bool? Bool(DocNode node)
        {
            if (node is DocScalar s)
            {
                if (s.Kind == ScalarKind.Bool)
                {
                    return s.Value is "true" or "True" or "TRUE";
                }

                if (s.Kind == ScalarKind.Null)
                {
                    return null;
                }
            }

            Error(node, "expected true or false, got " + Describe(node));
            return null;
        }

        /// <summary>Reads an int-or-string.</summary>
        public IntOrString? IntOrString(DocNode node)
        {
            if (node is DocScalar s)
            {
                switch (s.Kind)
                {
                    case ScalarKind.String:
                        return Sdk.IntOrString.FromString(s.Value);
                    case ScalarKind.Null:
                        return null;
                    case ScalarKind.Integer:
                        return Integer(node, long.MinValue, long.MaxValue, "int64") is { } l ? Sdk.IntOrString.FromInt(l) : (IntOrString?)null;
                }
            }

            Error(node, "expected an integer or a string, got " + Describe(node));
            return null;
        }

        /// <summary>Reads a resource quantity.</summary>
        public Quantity? Quantity(DocNode node)
        {
            if (node is DocScalar s)
            {
                switch (s.Kind)
                {
                    case ScalarKind.String:
                        return Sdk.Quantity.Parse(s.Value);
                    case ScalarKind.Integer:
                    case ScalarKind.Float:
                        // Kept as the JSON spelling of the number (YAML's +1 or 0x10 are not JSON); .inf stays text,
                        // which validation reports as an invalid quantity.
                        return NumberSyntax.ToJson(s.Value) is { } json ? Sdk.Quantity.FromNumber(json) : Sdk.Quantity.Parse(s.Value);
                    case ScalarKind.Null:
                        return null;
                }
            }

            Error(node, "expected a quantity such as 500m or 1Gi, got " + Describe(node));
            return null;
        }

        /// <summary>Reads a Go duration.</summary>
        public Duration? Duration(DocNode node)
        {
            var text = String(node);
            return text == null ? null : (Duration?)Sdk.Duration.Parse(text);
        }

        /// <summary>Reads an RFC 3339 time.</summary>
        public DateTimeOffset? Time(DocNode node)
        {
            var text = String(node);
            if (text == null)
            {
                return null;
            }

            if (KubeTime.TryParse(text, out var value))
            {
                return value;
            }

            Error(node, $"{Quoted(text)} is not an RFC 3339 time");
            return null;
        }

        /// <summary>Reads base64-encoded bytes.</summary>
        public byte[]? Bytes(DocNode node)
        {
            var text = String(node);
            if (text == null)
            {
                return null;
            }

            try
            {
                return Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                // The value itself may be secret: say what is wrong without echoing it.
                Error(node, "expected base64-encoded data");
                return null;
            }
        }

        /// <summary>Reads free-form JSON.</summary>
        public JsonNode? Json(DocNode node) => DocJson.ToNode(node);

        /// <summary>Reads free-form JSON that the schema types as an object (a scalar or list is an error).</summary>
        public JsonNode? JsonObject(DocNode node) => Object(node) is { } map ? DocJson.ToNode(map) : null;

        /// <summary>Reads an embedded Kubernetes object.</summary>
        public EmbeddedResource? Embedded(DocNode node)
        {
            if (Object(node) == null)
            {
                return null;
            }

            return EmbeddedResource.From((JsonObject)DocJson.ToNode(node)!);
        }

        /// <summary>Reads an enum value through the generated parser.</summary>
        public T? Enum<T>(DocNode node, Func<string, T?> parse, string allowed)
            where T : struct
        {
            var text = String(node);
            if (text == null)
            {
                return null;
            }

            var value = parse(text);
            if (value == null)
            {
                Error(node, $"unsupported value {Quoted(text)}: must be one of {allowed}");
            }

            return value;
        }

        /// <summary>Reads a list of objects or strings.</summary>
        public List<T>? List<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
            where T : class
        {
            if (Sequence(node) is not { } seq)
            {
                return null;
            }

            var list = new List<T>(seq.Items.Count);
            for (var i = 0; i < seq.Items.Count; i++)
            {
                Path.Push(i);
                var item = read(seq.Items[i], this);
                if (item != null)
                {
                    list.Add(item);
                }
                else
                {
                    RejectNullItem(seq.Items[i]);
                }

                Path.Pop();
            }

            return list;
        }

        /// <summary>Reads a list of values (numbers, booleans, int-or-string, enums).</summary>
        public List<T>? ValueList<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
            where T : struct
        {
            if (Sequence(node) is not { } seq)
            {
                return null;
            }

            var list = new List<T>(seq.Items.Count);
            for (var i = 0; i < seq.Items.Count; i++)
            {
                Path.Push(i);
                if (read(seq.Items[i], this) is { } item)
                {
                    list.Add(item);
                }
                else
                {
                    RejectNullItem(seq.Items[i]);
                }

                Path.Pop();
            }

            return list;
        }

        /// <summary>Reads a map whose values are objects or strings.</summary>
        public Dictionary<string, T>? Map<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
            where T : class
        {
            var map = Object(node);
            if (map == null)
            {
                return null;
            }

            var result = new Dictionary<string, T>(map.Entries.Count, StringComparer.Ordinal);
            foreach (var e in map.Entries)
            {
                Path.Push(e.Key.Value);
                if (read(e.Value, this) is { } value)
                {
                    result[e.Key.Value] = value;
                }

                Path.Pop();
            }

            return result;
        }

        /// <summary>Reads a map whose values are value types.</summary>
        public Dictionary<string, T>? ValueMap<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
            where T : struct
        {
            var map = Object(node);
            if (map == null)
            {
                return null;
            }

            var result = new Dictionary<string, T>(map.Entries.Count, StringComparer.Ordinal);
            foreach (var e in map.Entries)
            {
                Path.Push(e.Key.Value);
                if (read(e.Value, this) is { } value)
                {
                    result[e.Key.Value] = value;
                }

                Path.Pop();
            }

            return result;
        }

        /// <summary>Reads a map of free-form JSON values (nulls kept); with <paramref name="objectsOnly"/>, other values are errors.</summary>
        public Dictionary<string, JsonNode?>? JsonMap(DocNode node, bool objectsOnly = false)
        {
            var map = Object(node);
            if (map == null)
            {
                return null;
            }

            var result = new Dictionary<string, JsonNode?>(map.Entries.Count, StringComparer.Ordinal);
            foreach (var e in map.Entries)
            {
                Path.Push(e.Key.Value);
                if (!objectsOnly || Object(e.Value) != null || IsNull(e.Value))
                {
                    result[e.Key.Value] = DocJson.ToNode(e.Value);
                }

                Path.Pop();
            }

            return result;
        }

        /// <summary>Reads a list of free-form JSON values (nulls kept); with <paramref name="objectsOnly"/>, other items are errors.</summary>
        public List<JsonNode?>? JsonList(DocNode node, bool objectsOnly = false)
        {
            if (Sequence(node) is not { } seq)
            {
                return null;
            }

            var list = new List<JsonNode?>(seq.Items.Count);
            for (var i = 0; i < seq.Items.Count; i++)
            {
                Path.Push(i);
                if (!objectsOnly || Object(seq.Items[i]) != null || IsNull(seq.Items[i]))
                {
                    list.Add(DocJson.ToNode(seq.Items[i]));
                }

                Path.Pop();
            }

            return list;
        }

        // The node as a sequence, or null (with an error unless it is null itself).
        private DocSequence? Sequence(DocNode node)
        {
            if (node is DocSequence seq)
            {
                return WithinDepth(node) ? seq : null;
            }

            if (!IsNull(node))
            {
                Error(node, "expected a list, got " + Describe(node));
            }

            return null;
        }

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

        // Trees built in memory are not bounded by a document reader: a recursive type (a JSON schema's properties)
        // must still stop at the readers' depth instead of overflowing the stack.
        private bool WithinDepth(DocNode node)
        {
            if (Path.Depth < DocLimits.MaxDepth)
            {
                return true;
            }

            Error(node, DocLimits.TooDeep);
            return false;
        }

        // A list item read as nothing: a null item is an error here; other failures already reported their own.
        private void RejectNullItem(DocNode item)
        {
            if (IsNull(item))
            {
                Error(item, "null is not allowed in this list");
            }
        }

        private static bool IsNull(DocNode node) => node is DocScalar s && s.Kind == ScalarKind.Null;

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
    }
}
