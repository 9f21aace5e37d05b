using System;
using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Kurator.Sdk.Fleet.Families;

/// <summary>
/// Loads a typed family the runtime does not reference at compile time (a delivery system's kinds, the Flux schemas'
/// served versions) by its assembly name, when the app has it beside it. One place for it, so every caller sees a loaded
/// family the same way: its kinds registered (loading alone does not run the module initializer that registers them),
/// and an absent family asked for once per process (a probe of the app's folder is not free, and the answer does not
/// change while the process runs).
/// </summary>
internal static class FamilyAssembly
{
    private static readonly ConcurrentDictionary<string, Lazy<Assembly?>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The family <paramref name="name"/> with its kinds registered, or null when this app cannot load it.</summary>
    public static Assembly? TryLoad(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Loaded.GetOrAdd(name, static n => new Lazy<Assembly?>(() => Load(n))).Value;
    }

    private static Assembly? Load(string name)
    {
        try
        {
            var loaded = Assembly.Load(new AssemblyName(name));
            RuntimeHelpers.RunModuleConstructor(loaded.ManifestModule.ModuleHandle);
            return loaded;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or PlatformNotSupportedException)
        {
            // Not beside the app (a project referencing some families only, or a trimmed build): the caller says what that means.
            return null;
        }
    }
}
