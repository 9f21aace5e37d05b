using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Locators;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>A pod spec prepared for the checks: its containers (all three lists) and the facts the relaxations need.</summary>
internal sealed class PodContext
{
    // PSA's visitor order.
    private static readonly string[] ContainerLists = ["initContainers", "containers", "ephemeralContainers"];

    public PodContext(PodSpecSite site)
    {
        Site = site;
        var containers = new List<ContainerRef>();
        foreach (var list in ContainerLists)
        {
            if (site.Spec[list] is not JsonArray array)
            {
                continue;
            }

            var listPath = FieldPath.Property(site.SpecPath, list);
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject container)
                {
                    containers.Add(new ContainerRef(container, FieldPath.Index(listPath, i), TextOf(container["name"])));
                }
            }
        }

        Containers = containers;
        IsWindows = site.Spec["os"] is JsonObject os && string.Equals(TextOf(os["name"]), "windows", StringComparison.Ordinal);
        InUserNamespace = site.Spec["hostUsers"]?.GetValueKind() == JsonValueKind.False;
    }

    public PodSpecSite Site { get; }

    public IReadOnlyList<ContainerRef> Containers { get; }

    /// <summary><c>spec.os.name: windows</c>.</summary>
    public bool IsWindows { get; }

    /// <summary><c>spec.hostUsers: false</c> (explicitly): the pod runs in its own user namespace.</summary>
    public bool InUserNamespace { get; }

    private static string TextOf(JsonNode? node) => node is null ? string.Empty : ScalarText.Of(node);
}
