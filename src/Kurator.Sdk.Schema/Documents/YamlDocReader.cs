using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kurator.Sdk.Schema.Documents
{
    /// <summary>
    /// Reads YAML (one or many documents) into <see cref="DocNode"/> trees through YamlDotNet's event parser.
    /// Plain scalars resolve by the YAML 1.2 core schema, as sigs.k8s.io/yaml does for Kubernetes manifests.
    /// </summary>
    public static class YamlDocReader
    {
        /// <summary>Parses every non-empty document of the text (the fast reader first, YamlDotNet for the rest of YAML).</summary>
        public static List<DocNode> ParseAll(string text, string file) =>
            FastYamlReader.TryParseAll(text, file, out var docs) ? docs : ParseAllWithYamlDotNet(text, file);

        /// <summary>Parses every non-empty document with YamlDotNet's full YAML 1.2 parser.</summary>
        public static List<DocNode> ParseAllWithYamlDotNet(string text, string file)
        {
            var docs = new List<DocNode>();
            var parser = new Parser(new StringReader(text));
            var anchors = new Dictionary<string, DocNode>();
            try
            {
                parser.Consume<StreamStart>();
                while (parser.TryConsume<DocumentStart>(out _))
                {
                    anchors.Clear();
                    if (parser.Accept<DocumentEnd>(out _))
                    {
                        parser.Consume<DocumentEnd>();
                        continue;
                    }

                    var root = ReadNode(parser, file, anchors);
                    parser.Consume<DocumentEnd>();
                    if (!(root is DocScalar s && s.Kind == ScalarKind.Null))
                    {
                        docs.Add(root);
                    }
                }

                parser.Consume<StreamEnd>();
            }
            catch (YamlException ex)
            {
                throw new DocParseException(file, (int)ex.Start.Line, (int)ex.Start.Column, Clean(ex.Message));
            }
            catch (InvalidOperationException ex) when (ex.TargetSite?.DeclaringType?.Assembly == typeof(Parser).Assembly)
            {
                // YamlDotNet's scanner throws this (without a position) on some malformed input, e.g. a plain scalar in an
                // unclosed flow mapping; the last event read is the nearest known place.
                var at = parser.Current?.End ?? Mark.Empty;
                throw new DocParseException(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), "malformed YAML after this point (the YAML parser could not continue)");
            }

            return docs;
        }

        private static DocNode ReadNode(IParser parser, string file, Dictionary<string, DocNode> anchors)
        {
            var current = parser.Current;
            switch (current)
            {
                case Scalar scalar:
                    {
                        parser.MoveNext();
                        var node = new DocScalar(scalar.Value, Resolve(scalar), (int)scalar.Start.Line, (int)scalar.Start.Column);
                        Remember(anchors, scalar.Anchor, node);
                        return node;
                    }

                case MappingStart ms:
                    {
                        parser.MoveNext();
                        var map = new DocMapping((int)ms.Start.Line, (int)ms.Start.Column);
                        Remember(anchors, ms.Anchor, map);
                        HashSet<string>? seen = null;
                        while (!parser.TryConsume<MappingEnd>(out _))
                        {
                            var keyNode = ReadNode(parser, file, anchors);
                            if (!(keyNode is DocScalar key))
                            {
                                throw new DocParseException(file, keyNode.Line, keyNode.Column, "mapping keys must be scalars");
                            }

                            var value = ReadNode(parser, file, anchors);
                            if (key.Value == "<<" && key.Kind == ScalarKind.String && value is DocMapping merged)
                            {
                                // YAML merge key: copy entries not already present.
                                foreach (var e in merged.Entries)
                                {
                                    if (map.Get(e.Key.Value) == null)
                                    {
                                        map.Entries.Add(e);
                                    }
                                }

                                continue;
                            }

                            seen ??= new HashSet<string>();
                            if (!seen.Add(key.Value))
                            {
                                throw new DocParseException(file, key.Line, key.Column, $"duplicate key '{key.Value}'");
                            }

                            map.Entries.Add(new KeyValuePair<DocScalar, DocNode>(AsKey(key), value));
                        }

                        return map;
                    }

                case SequenceStart ss:
                    {
                        parser.MoveNext();
                        var seq = new DocSequence((int)ss.Start.Line, (int)ss.Start.Column);
                        Remember(anchors, ss.Anchor, seq);
                        while (!parser.TryConsume<SequenceEnd>(out _))
                        {
                            seq.Items.Add(ReadNode(parser, file, anchors));
                        }

                        return seq;
                    }

                case AnchorAlias alias:
                    {
                        parser.MoveNext();
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            throw new DocParseException(file, (int)alias.Start.Line, (int)alias.Start.Column, $"unknown alias '*{alias.Value.Value}'");
                        }

                        return target;
                    }

                default:
                    throw new DocParseException(file, (int)current!.Start.Line, (int)current.Start.Column, $"unexpected YAML event {current.GetType().Name}");
            }
        }

        // Keys are always compared as text; a plain key like `1` or `true` is still a string key in Kubernetes objects.
        private static DocScalar AsKey(DocScalar key) =>
            key.Kind == ScalarKind.String ? key : new DocScalar(key.Value, ScalarKind.String, key.Line, key.Column);

        private static void Remember(Dictionary<string, DocNode> anchors, AnchorName anchor, DocNode node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }
        }

        private static ScalarKind Resolve(Scalar scalar)
        {
            if (!scalar.Tag.IsEmpty)
            {
                switch (scalar.Tag.Value)
                {
                    case "tag:yaml.org,2002:str": return ScalarKind.String;
                    case "tag:yaml.org,2002:int": return ScalarKind.Integer;
                    case "tag:yaml.org,2002:float": return ScalarKind.Float;
                    case "tag:yaml.org,2002:bool": return ScalarKind.Bool;
                    case "tag:yaml.org,2002:null": return ScalarKind.Null;
                }
            }

            return scalar.Style == ScalarStyle.Plain ? DocScalar.ResolvePlain(scalar.Value) : ScalarKind.String;
        }

        private static string Clean(string message)
        {
            // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...): "; the position is reported separately.
            var idx = message.LastIndexOf("): ", System.StringComparison.Ordinal);
            return idx >= 0 ? message.Substring(idx + 3) : message;
        }
    }
}
