using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests.Support;

/// <summary>
/// What <c>synth --target &lt;t&gt; --out &lt;dir&gt;</c> wrote, read back untyped (plain YAML to JSON), so the delivery
/// semantics below see exactly the files a system would be given. The folder is deleted on dispose.
/// </summary>
internal sealed class SynthOutput : IDisposable
{
    private SynthOutput(string directory) => Directory = directory;

    /// <summary>The output folder.</summary>
    public string Directory { get; }

    /// <summary>Every YAML file under the folder, by path relative to it with '/' separators.</summary>
    public SortedDictionary<string, JsonObject> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>The objects of one cluster folder (<c>host</c>, or a member for the direct target).</summary>
    public IReadOnlyList<JsonObject> Folder(string name) => Files.Where(f => f.Key.StartsWith(name + "/", StringComparison.Ordinal) && f.Key.Count(ch => ch == '/') == 1).Select(f => f.Value).ToList();

    /// <summary>The top-level folders written.</summary>
    public IReadOnlyList<string> Folders => Files.Keys.Select(k => k.Split('/')[0]).Distinct().ToList();

    /// <summary>The file at <paramref name="relative"/>; fails the test when it was not written.</summary>
    public JsonObject File(string relative) => Files.TryGetValue(relative, out var f) ? f : throw new Xunit.Sdk.XunitException($"synth did not write {relative}; it wrote {string.Join(", ", Files.Keys)}");

    public static async Task<SynthOutput> RunAsync(KuratorApp app, string target)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("multisystem-" + target + "-").FullName;
        var output = new SynthOutput(dir);
        try
        {
            var code = await app.RunAsync(["synth", "--target", target, "--out", dir]);
            Assert.True(code == 0, $"synth --target {target} exited {code}: {app.Output}");
            foreach (var path in System.IO.Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(dir, path).Replace(Path.DirectorySeparatorChar, '/');
                var docs = YamlDocReader.ParseAll(System.IO.File.ReadAllText(path), relative);
                Assert.True(docs.Count == 1, $"{relative}: one object per file expected, found {docs.Count}");
                output.Files[relative] = DocJson.ToNode(docs[0]) as JsonObject ?? throw new Xunit.Sdk.XunitException($"{relative} is not a mapping");
            }

            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
