using Kurator.Sdk.Fleet;
using PolicyViolations;

// `dotnet build` prints the analyzers' warnings; `dotnet run -- check` shows the deploy-time findings.
// Only wiring lives here: the objects are built in the other files, which the analyzer test compiles as they are.
var app = new KuratorApp(args, "policy-violations");
return await app.RunAsync(definition =>
{
    var kubeconfig = definition.Add(EdgeFleet.Kubeconfig());
    var fleet = definition.Add(EdgeFleet.Fleet(definition.Add(EdgeFleet.Member(kubeconfig))));
    definition.Workloads(fleet, w =>
    {
        foreach (var obj in Violations.All()) w.Add(obj);
    });
    definition.Add(Violations.OrphanApplication());
});
