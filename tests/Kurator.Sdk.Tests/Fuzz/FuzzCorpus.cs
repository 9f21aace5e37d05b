using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kurator.Sdk.Tests.Support;

namespace Kurator.Sdk.Tests.Fuzz;

/// <summary>One starting input of the fuzzer.</summary>
internal sealed record FuzzSeed(string Name, string Text, bool Json);

/// <summary>
/// The fuzzer's starting inputs: the manifests in Fixtures/fuzz/corpus (examples, samples' synth output, Pod Security test
/// pods) and the shipped schemas of up to <see cref="MaxSchemaBytes"/> each.
/// </summary>
internal static class FuzzCorpus
{
    /// <summary>Larger schemas are left out: mutations of a small one find the same reader paths, faster.</summary>
    public const int MaxSchemaBytes = 64 * 1024;

    public static IReadOnlyList<FuzzSeed> Load()
    {
        var corpus = RepoPaths.Fixture("fuzz", "corpus");
        var manifests = Directory.GetFiles(corpus).Select(f => ("corpus/" + Path.GetFileName(f), f));
        var schemas = Directory.GetFiles(RepoPaths.Schemas, "*.json", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length <= MaxSchemaBytes)
            .Select(f => ("schemas/" + Path.GetRelativePath(RepoPaths.Schemas, f), f));
        return manifests.Concat(schemas)
            .OrderBy(e => e.Item1, StringComparer.Ordinal)
            .Select(e => new FuzzSeed(e.Item1, File.ReadAllText(e.Item2), e.Item2.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }
}

/// <summary>One generated input, reproducible from its seed alone.</summary>
internal sealed record FuzzCase(int Seed, FuzzSeed Origin, string Text, IReadOnlyList<string> Mutations)
{
    public string File => Origin.Json ? "fuzz.json" : "fuzz.yaml";

    public static FuzzCase Create(int seed, IReadOnlyList<FuzzSeed> corpus, IReadOnlyList<string> texts)
    {
        var random = new Random(seed);
        var origin = corpus[random.Next(corpus.Count)];
        var mutations = new List<string>();
        var text = new Mutator(random).Mutate(origin.Text, texts, mutations);
        return new FuzzCase(seed, origin, text, mutations);
    }

    public override string ToString() => $"case {Seed}: {Origin.Name} after {string.Join(", ", Mutations)} ({Text.Length} characters)";
}
