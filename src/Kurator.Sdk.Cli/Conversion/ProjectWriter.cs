using System;
using System.IO;
using System.Text;

namespace Kurator.Sdk.Cli.Conversion;

/// <summary>Writes a runnable console project around a converted Program.cs.</summary>
public static class ProjectWriter
{
    private static readonly string[] Libraries =
    {
        "Kurator.Sdk", "Kurator.Sdk.Kubernetes", "Kurator.Sdk.Kurator", "Kurator.Sdk.Flux", "Kurator.Sdk.Kyverno",
        "Kurator.Sdk.Volcano", "Kurator.Sdk.ClusterApi", "Kurator.Sdk.Karmada", "Kurator.Sdk.Ocm", "Kurator.Sdk.KubeVela",
    };

    private static readonly string[] CompilerPlugins =
    {
        "generators/Kurator.Sdk.Generators/Kurator.Sdk.Generators.csproj",
        "analyzers/Kurator.Sdk.Analyzers/Kurator.Sdk.Analyzers.csproj",
        "analyzers/Kurator.Sdk.Analyzers.CodeFixes/Kurator.Sdk.Analyzers.CodeFixes.csproj",
    };

    /// <summary>Writes the project; references the SDK sources when <paramref name="sdkRoot"/> is a checkout, else the package.</summary>
    public static void Write(string directory, string projectName, string program, string? sdkRoot, string packageVersion)
    {
        Directory.CreateDirectory(directory);
        var sb = new StringBuilder();
        sb.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n");
        sb.Append("  <PropertyGroup>\n");
        sb.Append("    <OutputType>Exe</OutputType>\n");
        sb.Append("    <TargetFramework>net10.0</TargetFramework>\n");
        sb.Append("    <ImplicitUsings>enable</ImplicitUsings>\n");
        sb.Append("    <Nullable>enable</Nullable>\n");
        sb.Append("  </PropertyGroup>\n");
        sb.Append("  <ItemGroup>\n");
        if (sdkRoot != null)
        {
            foreach (var lib in Libraries)
            {
                sb.Append("    <ProjectReference Include=\"").Append(Relative(directory, sdkRoot, "src", lib, lib + ".csproj")).Append("\" />\n");
            }

            // The compiler plug-ins the package carries in analyzers/dotnet/cs, built from the checkout instead.
            foreach (var plugin in CompilerPlugins)
            {
                sb.Append("    <ProjectReference Include=\"").Append(Relative(directory, sdkRoot, plugin)).Append("\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n");
            }
        }
        else
        {
            sb.Append("    <PackageReference Include=\"Kurator.Sdk\" Version=\"").Append(packageVersion).Append("\" />\n");
        }

        sb.Append("  </ItemGroup>\n");
        if (sdkRoot != null)
        {
            AppendPackageWiring(sb, directory, sdkRoot);
        }

        sb.Append("</Project>\n");
        File.WriteAllText(Path.Combine(directory, projectName + ".csproj"), sb.ToString());
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
    }

    // What the package's build files give its users: the properties the generator and analyzers read (the package's own
    // props, imported), the user's CRDs and the core schemas (the package's targets, with the checkout's schemas/ folder).
    private static void AppendPackageWiring(StringBuilder sb, string directory, string sdkRoot)
    {
        sb.Append("  <Import Project=\"").Append(Relative(directory, sdkRoot, "packaging/Kurator.Sdk/buildTransitive/Kurator.Sdk.props")).Append("\" />\n");
        sb.Append("  <ItemGroup>\n");
        sb.Append("    <AdditionalFiles Include=\"@(KuratorCrd)\" />\n");
        sb.Append("  </ItemGroup>\n");
        sb.Append("  <ItemGroup Condition=\"'$(KuratorSdkCoreReference)' != 'false'\">\n");
        sb.Append("    <AdditionalFiles Include=\"").Append(Relative(directory, sdkRoot, "schemas/kubernetes")).Append("/*.json\" KuratorSdkRole=\"reference\" Visible=\"false\" />\n");
        sb.Append("  </ItemGroup>\n");
    }

    private static string Relative(string directory, string sdkRoot, params string[] parts) =>
        Path.GetRelativePath(Path.GetFullPath(directory), Path.Combine(sdkRoot, Path.Combine(parts))).Replace('\\', '/');

    /// <summary>The SDK checkout this CLI runs from (a folder with Kurator.Sdk.sln above the binary), or null.</summary>
    public static string? FindSdkRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
