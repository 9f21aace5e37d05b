using Kurator.Sdk.Fleet;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using KuratorCluster = Kurator.Sdk.Kurator.Cluster.V1Alpha1.Cluster;

namespace ClusterLifecycle;

/// <summary>
/// A Kurator <c>Cluster</c>: Kurator's cluster operator provisions it on AWS (through Cluster API) and a fleet takes it
/// in as a member once it is up.
/// </summary>
public static class KuratorAwsCluster
{
    public const string Namespace = "default";

    public static Fleet Define(KuratorApp app)
    {
        var cluster = app.Add(new KuratorCluster("aws-prod", Namespace)
        {
            Spec = new()
            {
                InfraType = "aws",
                Region = "us-east-1",
                Version = "v1.33.4",
                // The Secret holding the AWS keys is created out of band (kubectl create secret ...): keys never live in a deployment project.
                Credential = new() { SecretRef = "aws-credentials" },
                Network = new() { Cni = new() { Type = "calico" }, Vpc = new() { CidrBlock = "10.0.0.0/16" } },
                Master = new() { InstanceType = "t3.large", Replicas = 3 },
                Workers = [new() { InstanceType = "t3.xlarge", Replicas = 3 }],
            },
        });

        return app.Add(new Fleet("lifecycle", Namespace) { Spec = new FleetSpec().AddCluster(cluster) });
    }
}
