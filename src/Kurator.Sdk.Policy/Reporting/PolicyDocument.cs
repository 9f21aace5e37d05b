using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Reporting;

/// <summary>One parsed object to check, with the file it came from and a way to find a field's source line.</summary>
public sealed class PolicyDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="file">The file name to print (as given on the command line).</param>
    /// <param name="obj">The object, as JSON.</param>
    /// <param name="lineOf">The 1-based source line of a field path (see <see cref="Evaluation.FieldPath"/>), or null if unknown.</param>
    /// <param name="documentLine">The 1-based line where the document starts; used when no field line is known.</param>
    public PolicyDocument(string file, JsonObject obj, Func<string, int?> lineOf, int documentLine = 1)
    {
        File = file ?? throw new ArgumentNullException(nameof(file));
        Object = obj ?? throw new ArgumentNullException(nameof(obj));
        LineOf = lineOf ?? throw new ArgumentNullException(nameof(lineOf));
        DocumentLine = documentLine;
    }

    /// <summary>Creates a document whose field lines come from a map of field path to 1-based line.</summary>
    public static PolicyDocument FromLineMap(string file, JsonObject obj, IReadOnlyDictionary<string, int> lines, int documentLine = 1)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new PolicyDocument(file, obj, path => lines.TryGetValue(path, out var line) ? line : null, documentLine);
    }

    /// <summary>The file name to print.</summary>
    public string File { get; }

    /// <summary>The object.</summary>
    public JsonObject Object { get; }

    /// <summary>Source line of a field path, or null.</summary>
    public Func<string, int?> LineOf { get; }

    /// <summary>Line where the document starts.</summary>
    public int DocumentLine { get; }
}
