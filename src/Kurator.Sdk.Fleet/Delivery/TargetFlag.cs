using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>The <c>--target</c> option: which delivery system the command renders for.</summary>
internal static class TargetFlag
{
    /// <summary>Adds a <c>--target</c> option to <paramref name="command"/> and returns it.</summary>
    public static Option<string?> AddTo(Command command)
    {
        var option = new Option<string?>("--target")
        {
            Description = "direct (default: the runtime applies to each member), kurator, karmada, ocm or kubevela: render for that system (applied to the host context)",
        };
        option.AcceptOnlyFromAmong(DeliveryTargets.Names);
        command.Options.Add(option);
        return option;
    }

    /// <summary>The target given on the command line, or null for the app's default.</summary>
    public static DeliveryTarget? Read(ParseResult result, IEnumerable<Option<string?>> options) =>
        options.Select(o => result.GetValue(o)).FirstOrDefault(v => v is not null) is { } value ? DeliveryTargets.Parse(value) : null;
}
