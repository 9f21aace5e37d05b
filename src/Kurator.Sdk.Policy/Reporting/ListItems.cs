using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Reporting;

/// <summary>
/// Splits a <c>kind: List</c> document (what <c>kubectl get -o yaml</c> prints) into one document per item, so each item
/// is reported under its own kind and name, with lines still looked up under <c>items[n]</c>.
/// </summary>
public static class ListItems
{
    /// <summary>The items of a <c>kind: List</c> document, each as a document of its own; any other document as it is.</summary>
    public static IEnumerable<PolicyDocument> Expand(PolicyDocument document)
    {
        var kind = document.Object["kind"];
        var isList = kind is not null && kind.GetValueKind() == JsonValueKind.String && kind.GetValue<string>() == "List"
            && document.Object["items"] is JsonArray;
        if (!isList)
        {
            yield return document;
            yield break;
        }

        var items = (JsonArray)document.Object["items"]!;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                continue;
            }

            var prefix = FieldPath.Index("items", i);
            var lineOf = document.LineOf;
            var itemLine = lineOf(prefix) ?? document.DocumentLine;
            yield return new PolicyDocument(document.File, item, path => lineOf(FieldPath.Join(prefix, path)), itemLine);
        }
    }
}
