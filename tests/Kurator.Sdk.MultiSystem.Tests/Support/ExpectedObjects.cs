using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.Serialization;
using MultiSystem;

namespace Kurator.Sdk.MultiSystem.Tests.Support;

/// <summary>
/// What the acceptance asks each cluster of the sample to run, written from the issue rather than from the SDK's override
/// code: aws 5 replicas, huawei the image from its own registry, aliyun the defaults; Namespace and Service everywhere.
/// </summary>
internal static class ExpectedObjects
{
    public const string HuaweiImage = "swr.cn-north-4.myhuaweicloud.com/my-org/nginx-unprivileged:1.25.0";

    public static Deliveries ForSample()
    {
        var aws = MultiSystemFleet.Web();
        aws.Spec!.Replicas = 5;
        var huawei = MultiSystemFleet.Web();
        huawei.Spec!.Template!.Spec!.Containers![0].Image = HuaweiImage;
        return Deliveries.From(
            new Dictionary<string, IReadOnlyList<JsonObject>>
            {
                ["aws-1"] = Objects(aws),
                ["huawei-1"] = Objects(huawei),
                ["aliyun-1"] = Objects(MultiSystemFleet.Web()),
            },
            "expectation");
    }

    private static IReadOnlyList<JsonObject> Objects(KubeObject deployment) =>
        [Json(new Namespace(MultiSystemFleet.WebNamespace)), Json(deployment), Json(MultiSystemFleet.Service())];

    private static JsonObject Json(KubeObject obj) => (JsonObject)KubeJson.ToNode(obj);
}
