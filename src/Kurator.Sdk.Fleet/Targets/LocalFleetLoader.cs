using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Kurator.Sdk.Fleet.Targets;

/// <summary>
/// Finds the emulated fleet for <c>--local</c>: loads the emulator assembly by name (it is in the app's dependencies when the
/// app references the <c>Kurator.Sdk.Emulator</c> package or project) and reads its <see cref="LocalFleetProviderAttribute"/>.
/// Loading by name, not a registration call, so that adding the package is all an app needs, and an app without it never
/// loads ASP.NET Core.
/// </summary>
internal static class LocalFleetLoader
{
    /// <summary>The assembly (and package) that carries the emulator.</summary>
    public const string EmulatorAssembly = "Kurator.Sdk.Emulator";

    /// <summary>The provider of <see cref="EmulatorAssembly"/>.</summary>
    /// <exception cref="ArgumentException">The emulator is not among the app's dependencies or names no usable provider (invalid usage: the message says what to add).</exception>
    public static ILocalFleetProvider Load() => Load(EmulatorAssembly);

    /// <summary>The provider of the assembly <paramref name="assemblyName"/> (tests name a missing one).</summary>
    internal static ILocalFleetProvider Load(string assemblyName)
    {
        Assembly assembly;
        try
        {
            // The load context that loaded the runtime also resolves its neighbours (the app's deps.json, or a plugin's folder).
            var context = AssemblyLoadContext.GetLoadContext(typeof(LocalFleetLoader).Assembly) ?? AssemblyLoadContext.Default;
            assembly = context.LoadFromAssemblyName(new AssemblyName(assemblyName));
        }
        catch (FileNotFoundException)
        {
            throw new ArgumentException(
                $"--local needs the emulated fleet, which is not part of Kurator.Sdk: add the {assemblyName} package to this project " +
                $"(dotnet add package {assemblyName}), or run against clusters with --kubeconfig/--context");
        }
        catch (Exception e) when (e is FileLoadException or BadImageFormatException)
        {
            throw new ArgumentException($"--local: {assemblyName} is among the app's dependencies but could not be loaded ({e.Message})", e);
        }

        var type = assembly.GetCustomAttribute<LocalFleetProviderAttribute>()?.ProviderType;
        if (type is null || !typeof(ILocalFleetProvider).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException(
                $"--local: {assemblyName} ({assembly.GetName().Version}) names no emulated fleet provider " +
                "(an assembly-level LocalFleetProvider attribute on a type implementing ILocalFleetProvider with a public parameterless constructor); " +
                "use the same version of Kurator.Sdk and Kurator.Sdk.Emulator");
        }

        return (ILocalFleetProvider)Activator.CreateInstance(type)!;
    }
}
