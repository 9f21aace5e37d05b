using System;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The seam behind <c>--local</c>: the runtime finds the emulated fleet by assembly name and attribute, or says what to add.</summary>
public class LocalFleetLoaderTests
{
    [Fact]
    public void The_emulator_assembly_names_its_provider_by_attribute()
    {
        Assert.IsType<EmulatedFleetProvider>(LocalFleetLoader.Load());
        Assert.Equal("Kurator.Sdk.Emulator", typeof(EmulatedFleetProvider).Assembly.GetName().Name);
    }

    [Fact]
    public void A_missing_emulator_is_invalid_usage_that_names_the_package_to_add()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => LocalFleetLoader.Load("Kurator.Sdk.NoSuchEmulator"));
        Assert.Contains("dotnet add package Kurator.Sdk.NoSuchEmulator", error.Message, StringComparison.Ordinal);
        Assert.Contains("--local", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_a_provider_is_refused_with_a_clear_message()
    {
        // Kurator.Sdk.Client is loaded and real, but carries no LocalFleetProvider attribute.
        var error = Assert.ThrowsAny<ArgumentException>(() => LocalFleetLoader.Load("Kurator.Sdk.Client"));
        Assert.Contains("Kurator.Sdk.Client", error.Message, StringComparison.Ordinal);
        Assert.Contains("names no emulated fleet provider", error.Message, StringComparison.Ordinal);
    }
}
