using System;
using System.IO;
using System.Text;

namespace Kurator.Sdk.Cli.Conversion
{
    /// <summary>Writes a runnable console project around a converted Program.cs.</summary>
    public static class ProjectWriter
    {
        private static readonly string[] Libraries =
        {
            "Kurator.Sdk", "Kurator.Sdk.Kubernetes", "Kurator.Sdk.Kurator", "Kurator.Sdk.Flux", "Kurator.Sdk.Kyverno",
            "Kurator.Sdk.Volcano", "Kurator.Sdk.ClusterApi", "Kurator.Sdk.Karmada", "Kurator.Sdk.Ocm", "Kurator.Sdk.KubeVela",
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
                    var path = Path.GetRelativePath(Path.GetFullPath(directory), Path.Combine(sdkRoot, "src", lib, lib + ".csproj"));
                    sb.Append("    <ProjectReference Include=\"").Append(path.Replace('\\', '/')).Append("\" />\n");
                }
            }
            else
            {
                sb.Append("    <PackageReference Include=\"Kurator.Sdk\" Version=\"").Append(packageVersion).Append("\" />\n");
            }

            sb.Append("  </ItemGroup>\n");
            sb.Append("</Project>\n");
            File.WriteAllText(Path.Combine(directory, projectName + ".csproj"), sb.ToString());
            File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        }

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
}
