using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Xunit;

namespace Kurator.Sdk.Tests.Families;

// Inside Kurator.Sdk.*, the runtime namespace Kurator.Sdk.Fleet would hide the Fleet type.
using Fleet = global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

/// <summary>Keeps the README's 30-second tour true: the same code, the same output.</summary>
public class ReadmeTourTests
{
    [Fact]
    public void Tour_prints_what_the_readme_shows()
    {
        var fleet = new Fleet("quickstart", "default")
            .WithSpec(s => s
                .AddCluster(new AttachedCluster("kurator-member1"))
                .WithPlugin(p => p.WithMetric(m => m.WithThanos(t => t.WithObjectStoreConfig(o => o.WithSecretName("thanos-objstore"))))));

        var app = new Application("podinfo", "default")
        {
            Spec = new()
            {
                Source = new() { GitRepository = new() { Url = "https://github.com/stefanprodan/podinfo", Interval = "3m0s", Ref = new() { Branch = "master" } } },
                SyncPolicies = [new() { Destination = fleet, Kustomization = new() { Path = "./deploy/webapp", Interval = "5m0s", Prune = true } }],
            },
        };

        Assert.Equal(
            """
            apiVersion: apps.kurator.dev/v1alpha1
            kind: Application
            metadata:
              name: podinfo
              namespace: default
            spec:
              source:
                gitRepository:
                  interval: 3m0s
                  ref:
                    branch: master
                  url: https://github.com/stefanprodan/podinfo
              syncPolicies:
              - destination:
                  fleet: quickstart
                kustomization:
                  interval: 5m0s
                  path: ./deploy/webapp
                  prune: true

            """.Replace("\r", string.Empty),
            app.ToYaml());
        Assert.Empty(app.Validate());
        Assert.Empty(fleet.Validate());
    }
}
