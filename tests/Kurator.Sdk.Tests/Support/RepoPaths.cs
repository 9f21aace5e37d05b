using System;
using System.IO;

namespace Kurator.Sdk.Tests.Support;

/// <summary>Locates the repository (for schemas/) from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Fixture(params string[] parts) => Path.Combine(AppContext.BaseDirectory, Path.Combine("Fixtures", Path.Combine(parts)));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the tests must run inside the Kurator.Sdk repository (Kurator.Sdk.sln not found above " + AppContext.BaseDirectory + ")");
    }
}
