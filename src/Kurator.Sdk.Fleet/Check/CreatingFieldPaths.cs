using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Drift;
using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// The paths at which an object sets a <see cref="CreatingField"/> (to anything but null), one per list item for a
/// field under a list (<c>spec.syncPolicies[1].helm</c>). A different shape is the schema check's finding: it yields nothing.
/// </summary>
internal static class CreatingFieldPaths
{
    public static IEnumerable<string> Of(JsonObject obj, CreatingField field) => Walk(obj, field, 0, string.Empty);

    private static IEnumerable<string> Walk(JsonNode? node, CreatingField field, int segment, string path)
    {
        if (node is not JsonObject current || current[field.Path[segment]] is not { } value)
        {
            yield break;
        }

        var here = FieldPath.Property(path, field.Path[segment]);
        if (segment == field.Path.Count - 1)
        {
            yield return here;
            yield break;
        }

        if (segment != field.ListSegment)
        {
            foreach (var found in Walk(value, field, segment + 1, here))
            {
                yield return found;
            }

            yield break;
        }

        if (value is not JsonArray items)
        {
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            foreach (var found in Walk(items[i], field, segment + 1, FieldPath.Index(here, i)))
            {
                yield return found;
            }
        }
    }
}
