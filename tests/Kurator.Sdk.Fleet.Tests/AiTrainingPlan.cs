using AiTraining;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The AiTraining sample's app.</summary>
internal static class AiTrainingPlan
{
    public static KuratorApp App()
    {
        var app = new KuratorApp([], "ai-training");
        TrainingFleet.Define(app);
        return app;
    }
}
