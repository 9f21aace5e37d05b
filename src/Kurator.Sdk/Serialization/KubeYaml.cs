using System.Collections.Generic;
using System.Text;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization
{
    /// <summary>YAML in and out for typed objects.</summary>
    public static class KubeYaml
    {
        /// <summary>Loads every document of a YAML text; problems are returned, never thrown.</summary>
        public static LoadResult Load(string yaml, string file = "<yaml>", bool loose = false, KubeTypeRegistry? registry = null)
        {
            var result = new LoadResult();
            List<DocNode> docs;
            try
            {
                docs = YamlDocReader.ParseAll(yaml, file);
            }
            catch (DocParseException ex)
            {
                result.Errors.Add(new KubeLoadError(ex.File, ex.Line, ex.Column, string.Empty, ex.Reason));
                return result;
            }

            foreach (var doc in docs)
            {
                KubeDocuments.Read(doc, file, loose, registry ?? KubeTypeRegistry.Default, result);
            }

            return result;
        }

        /// <summary>Loads a single object of a known type, throwing <see cref="KubeLoadException"/> on any problem.</summary>
        public static T Deserialize<T>(string yaml, string file = "<yaml>", bool loose = false)
            where T : KubeResource
        {
            var result = Load(yaml, file, loose);
            if (!result.Success)
            {
                throw new KubeLoadException(result.Errors);
            }

            if (result.Objects.Count != 1 || !(result.Objects[0].Resource is T typed))
            {
                throw new KubeLoadException(new[] { new KubeLoadError(file, 1, 1, string.Empty, $"expected exactly one {typeof(T).Name}, found {result.Objects.Count} object(s)") });
            }

            return typed;
        }

        /// <summary>One object as YAML.</summary>
        public static string Serialize(KubeModel model)
        {
            var sb = new StringBuilder(512);
            model.WriteTo(new YamlKubeWriter(sb));
            return sb.ToString();
        }

        /// <summary>Several objects as a multi-document YAML stream ("---" between documents).</summary>
        public static string Serialize(IEnumerable<KubeModel> models)
        {
            var sb = new StringBuilder(4096);
            var first = true;
            foreach (var model in models)
            {
                if (!first)
                {
                    sb.Append("---\n");
                }

                first = false;
                model.WriteTo(new YamlKubeWriter(sb));
            }

            return sb.ToString();
        }
    }
}
