using Kurator.Sdk.Analyzers.Model;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>PSA's wording of what a violation is about: <c>container "app"</c>, <c>volume "data"</c>.</summary>
internal static class Subject
{
    public static string Container(KubeNode container) => Named("container", container);

    public static string Volume(KubeNode volume) => Named("volume", volume);

    private static string Named(string what, KubeNode node) =>
        node.Text("name") is { } name ? what + " \"" + name + "\"" : what;
}
