using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Apply;

/// <summary>
/// Server-side apply and managedFields bookkeeping: ownership per manager, conflicts (409 naming managers and paths),
/// force, removal of fields a manager stops applying, and ownership transfer on non-apply updates.
/// </summary>
internal static class FieldManager
{
    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Applies <paramref name="applied"/> onto <paramref name="live"/> (an empty object on create) and returns the new object.</summary>
    public static JsonObject Apply(JsonObject live, JsonObject applied, SchemaNode schema, string manager, bool force, string apiVersion, string subresource)
    {
        var entries = ManagedFieldsEntry.Read(live);
        var appliedSet = FieldSetBuilder.Build(applied, schema);
        var bare = (JsonObject)live.DeepClone();
        (bare["metadata"] as JsonObject)?.Remove("managedFields");
        var merged = ApplyMerger.MergeRoot(bare, applied, schema);

        var conflicts = new List<(ManagedFieldsEntry Entry, string Path)>();
        foreach (var entry in entries)
        {
            if (entry.Manager == manager && entry.Operation == "Apply") continue;
            foreach (var path in entry.Fields.Where(appliedSet.Contains))
            {
                if (path.EndsWith(FieldPaths.Self, StringComparison.Ordinal)) continue;
                var before = FieldPaths.Locate(bare, path, out var existed);
                var after = FieldPaths.Locate(merged, path, out _);
                if (existed && !JsonNode.DeepEquals(before, after)) conflicts.Add((entry, path));
            }
        }
        if (conflicts.Count > 0)
        {
            if (!force) throw ConflictError(conflicts);
            foreach (var (entry, path) in conflicts) entry.Fields.Remove(path);
        }

        var mine = entries.FirstOrDefault(e => e.SameIdentity(manager, "Apply", apiVersion, subresource));
        if (mine is not null)
        {
            foreach (var path in mine.Fields.Where(p => !appliedSet.Contains(p)).OrderByDescending(p => p.Length).ToList())
            {
                var anchor = path.EndsWith(FieldPaths.Self, StringComparison.Ordinal) ? FieldPaths.Parent(path) : path;
                if (appliedSet.Any(p => FieldPaths.IsPrefixOf(anchor, p))) continue;
                var sharedElsewhere = entries.Any(e => e != mine && e.Fields.Any(p => FieldPaths.IsPrefixOf(anchor, p)));
                if (!sharedElsewhere) FieldPaths.Remove(merged, path);
            }
        }
        else
        {
            mine = new ManagedFieldsEntry { Manager = manager, Operation = "Apply", ApiVersion = apiVersion, Subresource = subresource };
            entries.Add(mine);
        }
        mine.Fields = appliedSet;
        mine.ApiVersion = apiVersion;
        mine.Time = Now();
        ManagedFieldsEntry.Write(merged, entries);
        return merged;
    }

    /// <summary>Records a non-apply write (create, update, merge/strategic/JSON patch): the writer takes every changed field without conflicts.</summary>
    public static void RecordUpdate(JsonObject? before, JsonObject after, SchemaNode schema, string manager, string apiVersion, string subresource)
    {
        var entries = ManagedFieldsEntry.Read(before);
        var withoutMeta = StripManaged(after);
        var now = FieldSetBuilder.Build(withoutMeta, schema);
        var old = before is null ? new HashSet<string>() : FieldSetBuilder.Build(StripManaged(before), schema);
        var changed = now.Where(p => !old.Contains(p) || !JsonNode.DeepEquals(FieldPaths.Locate(before, p, out _), FieldPaths.Locate(after, p, out _))).ToHashSet();
        foreach (var e in entries)
        {
            e.Fields.IntersectWith(now);
            e.Fields.ExceptWith(changed);
        }
        if (changed.Count > 0)
        {
            var mine = entries.FirstOrDefault(e => e.SameIdentity(manager, "Update", apiVersion, subresource));
            if (mine is null)
            {
                mine = new ManagedFieldsEntry { Manager = manager, Operation = "Update", ApiVersion = apiVersion, Subresource = subresource };
                entries.Add(mine);
            }
            mine.Fields.UnionWith(changed);
            mine.Time = Now();
        }
        ManagedFieldsEntry.Write(after, entries);
    }

    private static JsonObject StripManaged(JsonObject obj)
    {
        var copy = (JsonObject)obj.DeepClone();
        (copy["metadata"] as JsonObject)?.Remove("managedFields");
        return copy;
    }

    private static ApiError ConflictError(List<(ManagedFieldsEntry Entry, string Path)> conflicts)
    {
        var causes = conflicts
            .OrderBy(c => c.Entry.Display(), StringComparer.Ordinal).ThenBy(c => FieldPaths.Display(c.Path), StringComparer.Ordinal)
            .Select(c => new StatusCause("FieldManagerConflict", $"conflict with {c.Entry.Display()}", FieldPaths.Display(c.Path)))
            .ToList();
        string message;
        if (causes.Count == 1)
        {
            message = $"Apply failed with 1 conflict: {causes[0].Message}: {causes[0].Field}";
        }
        else
        {
            var groups = causes.GroupBy(c => c.Message[("conflict with ".Length)..])
                .Select(g => $"conflicts with {g.Key}:\n" + string.Join("\n", g.Select(c => "- " + c.Field)));
            message = $"Apply failed with {causes.Count} conflicts: " + string.Join("\n", groups);
        }
        var details = new JsonObject
        {
            ["causes"] = new JsonArray(causes.Select(c => (JsonNode)new JsonObject { ["reason"] = c.Reason, ["message"] = c.Message, ["field"] = c.Field }).ToArray()),
        };
        return new ApiError(409, "Conflict", message, details);
    }
}
