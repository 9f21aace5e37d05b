using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>One container of a pod spec (from initContainers, containers or ephemeralContainers) and its path.</summary>
internal sealed class ContainerRef
{
    public ContainerRef(JsonObject node, string path, string name)
    {
        Node = node;
        Path = path;
        Name = name;
    }

    public JsonObject Node { get; }

    public string Path { get; }

    public string Name { get; }
}
