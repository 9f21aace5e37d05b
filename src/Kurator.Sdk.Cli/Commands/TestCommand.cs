using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.KyvernoTests;
using Kurator.Sdk.Fleet;

namespace Kurator.Sdk.Cli.Commands;

/// <summary>
/// <c>kurator-sdk test &lt;dirs&gt;</c>: runs the Kyverno CLI test files (<c>kyverno-test.yaml</c>, usually in
/// <c>.kyverno-test/</c>) found under the folders with the SDK's Kyverno engine, prints a result table per test as
/// <c>kyverno test</c> does and <c>Test Summary: N tests passed and M tests failed</c>. Exit 0 when every expectation
/// is met, 1 on any mismatch (a result that could not be evaluated is a mismatch), 3 on usage or input errors (no
/// test file, unreadable files, invalid policies).
/// </summary>
public static class TestCommand
{
    private const string TestFileName = "kyverno-test.yaml";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("dirs") { Description = "Folders to search for kyverno-test.yaml (or test files themselves)", Arity = ArgumentArity.OneOrMore };
        var failOnly = new Option<bool>("--fail-only") { Description = "Print only the expectations that were not met" };
        var command = new Command("test", "Run Kyverno CLI test files (kyverno-test.yaml: policies, resources, expected results) with the SDK's Kyverno engine");
        command.Arguments.Add(paths);
        command.Options.Add(failOnly);
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(result.GetValue(paths)!, result.GetValue(failOnly), Console.Out, Console.Error, cancellationToken)));
        return command;
    }

    /// <summary>Runs the tests under <paramref name="paths"/>; returns the exit code.</summary>
    public static int Run(IEnumerable<string> paths, bool failOnly, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var files = new List<string>();
        var inputErrors = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, TestFileName, SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal));
            }
            else
            {
                error.WriteLine($"{path}: no such file or folder");
                inputErrors++;
            }
        }

        if (files.Count == 0)
        {
            error.WriteLine($"no {TestFileName} found under {string.Join(", ", paths)}");
            return ExitCodes.InvalidUsage;
        }

        int passed = 0, failed = 0, skipped = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problems = new List<string>();
            output.WriteLine($"Loading test ( {Path.GetRelativePath(Environment.CurrentDirectory, file)} ) ...");
            var test = KyvernoTestFile.Read(file, problems);
            var rows = test is null ? new List<TestRow>() : KyvernoTestRunner.Run(test, problems);
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            inputErrors += problems.Count;
            if (test is not null)
            {
                output.WriteLine($"  Applying {ResultTable.Plural(test.Policies.Count, "policy file")} to {ResultTable.Plural(test.Resources.Count, "resource file")}, checking {ResultTable.Plural(rows.Count, "result")} ...");
            }

            var shown = failOnly ? rows.Where(r => r.State == TestRowState.Failed).ToList() : rows;
            if (shown.Count > 0)
            {
                ResultTable.Write(shown, output);
            }

            output.WriteLine();
            passed += rows.Count(r => r.State == TestRowState.Passed);
            failed += rows.Count(r => r.State == TestRowState.Failed);
            skipped += rows.Count(r => r.State == TestRowState.Skipped);
        }

        output.WriteLine(ResultTable.Summary(passed, failed));
        if (skipped > 0)
        {
            output.WriteLine($"{ResultTable.Plural(skipped, "test")} skipped (mutate and generate rules are not supported)");
        }

        if (inputErrors > 0)
        {
            error.WriteLine($"{ResultTable.Plural(inputErrors, "input problem")}");
            return ExitCodes.InvalidUsage;
        }

        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }
}
