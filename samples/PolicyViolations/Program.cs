using Kurator.Sdk.Fleet;
using PolicyViolations;

// `dotnet build` prints the analyzers' warnings; `dotnet run -- check` shows the deploy-time findings.
// Only wiring lives here: the objects are built in the other files, which the analyzer test compiles as they are.
var app = new KuratorApp(args, "policy-violations");
var kubeconfig = app.Add(EdgeFleet.Kubeconfig());
var fleet = app.Add(EdgeFleet.Fleet(app.Add(EdgeFleet.Member(kubeconfig))));
app.Workloads(fleet, w =>
{
    foreach (var obj in Violations.All()) w.Add(obj);
});
app.Add(Violations.OrphanApplication());
return await app.RunAsync();
