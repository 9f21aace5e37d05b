using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>Who owns a live object, as far as this app's ApplySet is concerned.</summary>
/// <param name="IsOurs">True when the object is a member of this ApplySet (or was, until its label was stripped out of band).</param>
/// <param name="Owner">For an object that is not ours: its owner in words (the other ApplySet id, or the field managers).</param>
internal sealed record Ownership(bool IsOurs, string Owner)
{
    /// <summary>
    /// Decides from the live object alone: labelled part of this set; or unlabelled but written by this set's field manager
    /// with server-side apply (the label was removed out of band: drift, not a new owner). Anything else belongs to
    /// someone else: labelled part of another ApplySet, or never labelled by this set (kubectl, Helm, Flux, another tool).
    /// </summary>
    public static Ownership Of(LiveObject live, ApplySetIdentity set)
    {
        var partOf = PartOf(live);
        if (partOf == set.Id) return new Ownership(true, "");
        var managers = Managers(live);
        if (partOf is null && managers.Any(m => m.Name == set.FieldManager && m.Operation == "Apply")) return new Ownership(true, "");
        var managerText = managers.Count == 0 ? "no field manager recorded" : "field managers " + string.Join(", ", managers.Select(m => m.Display).Distinct(StringComparer.Ordinal));
        return new Ownership(false, partOf is null ? managerText : $"ApplySet {partOf} ({managerText})");
    }

    /// <summary>
    /// True when prune or destroy may delete <paramref name="live"/>: it carries this set's label, this set's field manager
    /// wrote it, and it is not already being deleted. A label copied onto someone else's object is not enough.
    /// </summary>
    public static bool MayDelete(LiveObject live, ApplySetIdentity set) =>
        PartOf(live) == set.Id
        && !live.IsDeleting
        && Managers(live).Any(m => m.Name == set.FieldManager);

    /// <summary>The applyset.kubernetes.io/part-of label, or null.</summary>
    public static string? PartOf(LiveObject live) => LiveObject.Text(LiveObject.Property(live.Metadata, "labels"), ApplySetIdentity.PartOfLabel);

    /// <summary>The managedFields entries as (manager, operation), with kubectl's way of printing them.</summary>
    public static IReadOnlyList<Manager> Managers(LiveObject live)
    {
        var entries = LiveObject.Property(live.Metadata, "managedFields");
        if (entries.ValueKind != JsonValueKind.Array) return [];
        var managers = new List<Manager>();
        foreach (var e in entries.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Object) continue;
            managers.Add(new Manager(LiveObject.Text(e, "manager") ?? "", LiveObject.Text(e, "operation") ?? "Update", LiveObject.Text(e, "apiVersion") ?? ""));
        }

        return managers;
    }

    /// <summary>One managedFields entry.</summary>
    public sealed record Manager(string Name, string Operation, string ApiVersion)
    {
        /// <summary>As the API server names a manager in conflicts: <c>"kubectl"</c>, or <c>"kubectl-edit" using v1</c> for updates.</summary>
        public string Display => Operation == "Apply" ? $"\"{Name}\"" : $"\"{Name}\" using {ApiVersion}";
    }
}
