using System.Text.Json.Nodes;
using static Kurator.Sdk.Fleet.Readiness.JsonStatus;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>
/// Volcano kinds report no Ready condition or observedGeneration (kstatus would call them Current at once); their
/// readiness comes from the state Volcano's controllers set (schemas/volcano: Job <c>status.state.phase</c>, Queue <c>status.state</c>).
/// </summary>
internal static class VolcanoRules
{
    /// <summary>
    /// Job: Running (the gang was admitted and its pods run) or Completed is ready; Failed, Aborted and Terminated are
    /// terminal (Volcano does not leave them without a new version of the job); every other phase is in progress.
    /// </summary>
    public static ObjectStatus Job(JsonNode? status)
    {
        var state = status?["state"];
        var phase = Str(state?["phase"]);
        return phase switch
        {
            "Running" or "Completed" => ObjectStatus.Current("Phase=" + phase),
            "Failed" or "Aborted" or "Terminated" => ObjectStatus.Failed(Describe("Phase=" + phase, state)),
            null => ObjectStatus.InProgress("NoPhase"),
            _ => ObjectStatus.InProgress("Phase=" + phase),
        };
    }

    /// <summary>Queue: Open accepts jobs; Closed/Closing/Unknown (or no state yet) do not, so the queue is not ready.</summary>
    public static ObjectStatus Queue(JsonNode? status)
    {
        var state = Str(status?["state"]);
        return state == "Open" ? ObjectStatus.Current("State=Open") : ObjectStatus.InProgress(state is null ? "NoState" : "State=" + state);
    }

    private static string Describe(string what, JsonNode? state)
    {
        var reason = Str(state?["reason"]);
        var message = Str(state?["message"]);
        return what + (reason is null ? "" : " " + reason) + (message is null ? "" : ": " + message);
    }
}
