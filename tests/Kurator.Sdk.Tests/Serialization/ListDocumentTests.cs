using System.Linq;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>A v1 List (kubectl get -o yaml) is read item by item, so validate, check and apply see each object.</summary>
public class ListDocumentTests
{
    [Fact]
    public void The_items_of_a_v1_List_are_read_as_their_own_kinds_with_their_own_lines()
    {
        var loaded = KubeYaml.Load("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: settings
            - apiVersion: v1
              kind: Secret
              metadata:
                name: token
              type: 7
            """, "list.yaml", registry: Registry.All);

        var item = Assert.Single(loaded.Objects);
        Assert.IsType<ConfigMap>(item.Resource);
        Assert.Equal(4, item.Line);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(("type", 12), (error.Path, error.Line));
        Assert.Single(loaded.Partial.Select(p => p.Resource).OfType<Secret>());
    }
}
