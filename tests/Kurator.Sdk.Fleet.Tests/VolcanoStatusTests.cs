using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Readiness;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Readiness of Volcano kinds: Job by status.state.phase, Queue by status.state.</summary>
public class VolcanoStatusTests
{
    [Theory]
    [InlineData("{}", StatusKind.InProgress, "NoPhase")]
    [InlineData("""{"state":{"phase":"Pending"}}""", StatusKind.InProgress, "Phase=Pending")]
    [InlineData("""{"state":{"phase":"Restarting"}}""", StatusKind.InProgress, "Phase=Restarting")]
    [InlineData("""{"state":{"phase":"Running"}}""", StatusKind.Current, "Phase=Running")]
    [InlineData("""{"state":{"phase":"Completed"}}""", StatusKind.Current, "Phase=Completed")]
    [InlineData("""{"state":{"phase":"Failed","reason":"PodFailed","message":"worker-2 exited 1"}}""", StatusKind.Failed, "Phase=Failed PodFailed: worker-2 exited 1")]
    [InlineData("""{"state":{"phase":"Aborted"}}""", StatusKind.Failed, "Phase=Aborted")]
    public void Job_is_ready_when_running_or_completed(string status, StatusKind kind, string reason)
    {
        var obj = JsonNode.Parse($$"""{"apiVersion":"batch.volcano.sh/v1alpha1","kind":"Job","metadata":{"generation":1},"status":{{status}}}""")!.AsObject();
        Assert.Equal(new ObjectStatus(kind, reason), KStatus.Compute(obj));
    }

    [Theory]
    [InlineData("{}", StatusKind.InProgress)]
    [InlineData("""{"state":"Closed"}""", StatusKind.InProgress)]
    [InlineData("""{"state":"Unknown"}""", StatusKind.InProgress)]
    [InlineData("""{"state":"Open"}""", StatusKind.Current)]
    public void Queue_is_ready_when_open(string status, StatusKind kind)
    {
        var obj = JsonNode.Parse($$"""{"apiVersion":"scheduling.volcano.sh/v1beta1","kind":"Queue","metadata":{"generation":1},"status":{{status}}}""")!.AsObject();
        Assert.Equal(kind, KStatus.Compute(obj).Kind);
    }
}
