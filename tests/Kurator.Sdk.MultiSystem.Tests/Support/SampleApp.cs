using System;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Delivery;
using MultiSystem;

namespace Kurator.Sdk.MultiSystem.Tests.Support;

/// <summary>The MultiSystem sample's app, as its Program.cs builds it.</summary>
internal static class SampleApp
{
    public static KuratorApp Create(Action<DeliveryOptions>? configure = null)
    {
        var app = new KuratorApp([], "multisystem") { Output = new System.IO.StringWriter() };
        MultiSystemFleet.Define(app);
        configure?.Invoke(app.Delivery);
        return app;
    }
}
