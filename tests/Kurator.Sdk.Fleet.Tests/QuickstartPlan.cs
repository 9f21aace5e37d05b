using Kurator.Sdk.Fleet;
using Quickstart;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The Quickstart sample's app, optionally changed before synthesis.</summary>
internal static class QuickstartPlan
{
    public static KuratorApp App()
    {
        var app = new KuratorApp([], "quickstart");
        QuickstartFleet.Define(app);
        return app;
    }
}
