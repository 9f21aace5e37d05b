using System;
using System.CommandLine;
using Kurator.Sdk.Fleet.Check;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>The options of <c>check</c> and of the check before <c>apply</c>: <c>--level</c> and <c>--policy</c>.</summary>
internal sealed class CheckOptions
{
    private readonly Option<string?> _level = LevelOption.Create();
    private readonly Option<string[]> _policy = new("--policy")
    {
        Description = "A Kyverno ClusterPolicy/Policy YAML file or folder evaluated on every cluster, beside the policies the app puts there (repeat the option for more); Enforce failures refuse apply",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_level);
        command.Options.Add(_policy);
    }

    /// <summary>The request; an unknown level throws <see cref="ArgumentException"/> (usage).</summary>
    public CheckRequest Read(ParseResult result) =>
        new(LevelOption.Parse(result.GetValue(_level)), result.GetValue(_policy) ?? []);
}
