using System.Text.Json.Nodes;
using static Kurator.Sdk.Fleet.Readiness.JsonStatus;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>kstatus rules of the built-in workload kinds (cli-utils <c>core.go</c>).</summary>
internal static class WorkloadRules
{
    public static ObjectStatus Deployment(JsonObject obj)
    {
        var status = obj["status"];
        var progressing = Condition(status, "Progressing");
        if (Str(progressing?["reason"]) == "ProgressDeadlineExceeded") return ObjectStatus.Failed("ProgressDeadlineExceeded");
        var spec = Int(obj["spec"]?["replicas"]) ?? 1;
        var replicas = Int(status?["replicas"]) ?? 0;
        var updated = Int(status?["updatedReplicas"]) ?? 0;
        var available = Int(status?["availableReplicas"]) ?? 0;
        var ready = Int(status?["readyReplicas"]) ?? 0;
        if (spec > replicas) return ObjectStatus.InProgress("LessReplicas");
        if (spec > updated) return ObjectStatus.InProgress("LessUpdated");
        if (replicas > spec) return ObjectStatus.InProgress("ExtraPods");
        if (updated > available) return ObjectStatus.InProgress("LessAvailable");
        if (spec > ready) return ObjectStatus.InProgress("LessReady");
        var noDeadline = obj["spec"]?["progressDeadlineSeconds"] is null || Int(obj["spec"]?["progressDeadlineSeconds"]) == int.MaxValue;
        if (!noDeadline && !(Str(progressing?["status"]) == "True" && Str(progressing?["reason"]) == "NewReplicaSetAvailable")) return ObjectStatus.InProgress("ReplicaSetNotAvailable");
        if (!ConditionIs(status, "Available", "True")) return ObjectStatus.InProgress("DeploymentNotAvailable");
        return ObjectStatus.Current("Available");
    }

    public static ObjectStatus StatefulSet(JsonObject obj)
    {
        var status = obj["status"];
        if (Str(obj["spec"]?["updateStrategy"]?["type"]) == "OnDelete") return ObjectStatus.Current("OnDelete");
        var spec = Int(obj["spec"]?["replicas"]) ?? 1;
        if (spec > (Int(status?["replicas"]) ?? 0)) return ObjectStatus.InProgress("LessReplicas");
        if (spec > (Int(status?["readyReplicas"]) ?? 0)) return ObjectStatus.InProgress("LessReady");
        if ((Int(status?["replicas"]) ?? 0) > spec) return ObjectStatus.InProgress("ExtraPods");
        if (Int(obj["spec"]?["updateStrategy"]?["rollingUpdate"]?["partition"]) is { } partition)
            return (Int(status?["updatedReplicas"]) ?? 0) >= spec - partition ? ObjectStatus.Current("Partitioned") : ObjectStatus.InProgress("PartitionRollout");
        if (spec > (Int(status?["currentReplicas"]) ?? 0)) return ObjectStatus.InProgress("LessCurrent");
        return Str(status?["currentRevision"]) == Str(status?["updateRevision"]) ? ObjectStatus.Current() : ObjectStatus.InProgress("RevisionMismatch");
    }

    public static ObjectStatus DaemonSet(JsonObject obj)
    {
        var status = obj["status"];
        if (obj["metadata"]?["generation"] is null || status?["observedGeneration"] is null) return ObjectStatus.InProgress("NoObservedGeneration");
        if (Int(status?["desiredNumberScheduled"]) is not { } desired) return ObjectStatus.InProgress("NoDesiredNumber");
        foreach (var field in new[] { "currentNumberScheduled", "updatedNumberScheduled", "numberAvailable", "numberReady" })
        {
            if ((Int(status?[field]) ?? 0) < desired) return ObjectStatus.InProgress("Less_" + field);
        }

        return ObjectStatus.Current();
    }

    public static ObjectStatus ReplicaSet(JsonObject obj)
    {
        var status = obj["status"];
        if (ConditionIs(status, "ReplicaFailure", "True")) return ObjectStatus.InProgress("ReplicaFailure");
        var spec = Int(obj["spec"]?["replicas"]) ?? 1;
        foreach (var field in new[] { "fullyLabeledReplicas", "availableReplicas", "readyReplicas" })
        {
            if ((Int(status?[field]) ?? 0) < spec) return ObjectStatus.InProgress("Less_" + field);
        }

        return (Int(status?["replicas"]) ?? 0) > spec ? ObjectStatus.InProgress("ExtraPods") : ObjectStatus.Current();
    }

    public static ObjectStatus Job(JsonObject obj)
    {
        var status = obj["status"];
        if (ConditionIs(status, "Complete", "True")) return ObjectStatus.Current("Complete");
        if (ConditionIs(status, "Failed", "True")) return ObjectStatus.Failed("JobFailed");
        if (ConditionIs(status, "Suspended", "True") && obj["spec"]?["suspend"] is JsonValue s && s.GetValue<bool>()) return ObjectStatus.Current("Suspended");
        return status?["startTime"] is null ? ObjectStatus.InProgress("JobNotStarted") : ObjectStatus.Current("JobRunning");
    }
}
