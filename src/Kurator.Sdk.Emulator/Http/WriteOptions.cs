using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Emulator.Errors;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>The query options of a write (create/update/patch): fieldManager, dryRun, fieldValidation, force, checked as upstream does.</summary>
internal sealed record WriteOptions(string Manager, bool DryRun, string FieldValidation, bool Force)
{
    public List<string> Warnings { get; } = new();

    public static WriteOptions From(HttpContext context, bool isApply)
    {
        var q = context.Request.Query;
        var manager = q["fieldManager"].ToString();
        var causes = new List<StatusCause>();
        if (isApply && manager.Length == 0)
            causes.Add(new StatusCause("FieldValueRequired", "Required value: is required for apply patch", "fieldManager"));
        if (manager.Length > 128)
            causes.Add(new StatusCause("FieldValueTooLong", "Too long: may not be more than 128 bytes", "fieldManager"));
        var force = q["force"].ToString();
        if (force.Length > 0 && !isApply)
            causes.Add(new StatusCause("FieldValueForbidden", "Forbidden: may not be specified for non-apply patch", "force"));
        var validation = q["fieldValidation"].ToString();
        if (validation is not ("" or "Ignore" or "Warn" or "Strict"))
            causes.Add(new StatusCause("FieldValueNotSupported", $"Unsupported value: \"{validation}\": supported values: \"Ignore\", \"Strict\", \"Warn\"", "fieldValidation"));
        var dryRun = q["dryRun"].Where(v => !string.IsNullOrEmpty(v)).ToList();
        if (dryRun.Any(v => v != "All"))
            causes.Add(new StatusCause("FieldValueNotSupported", $"Unsupported value: \"{dryRun.First(v => v != "All")}\": supported values: \"All\"", "dryRun"));
        if (causes.Count > 0)
            throw ApiError.Invalid(context.Request.Method switch { "POST" => "CreateOptions", "PUT" => "UpdateOptions", _ => "PatchOptions" }, "meta.k8s.io", "", causes);
        if (manager.Length == 0)
        {
            // Upstream defaults the manager of non-apply writes to the user agent's program name.
            var agent = context.Request.Headers.UserAgent.ToString();
            manager = agent.Length == 0 ? "unknown" : agent.Split('/')[0];
        }
        return new WriteOptions(manager, dryRun.Count > 0, validation.Length == 0 ? "Warn" : validation, force == "true");
    }
}
