namespace Kurator.Sdk.Client.Errors;

/// <summary>One <c>details.causes[]</c> entry of a Status: reason (e.g. FieldValueRequired, FieldManagerConflict), message and field path.</summary>
/// <param name="Reason">The cause type (JSON key "reason").</param>
/// <param name="Message">The human message.</param>
/// <param name="Field">The field path, e.g. <c>spec.replicas</c> or <c>.data.a</c>.</param>
public sealed record StatusCause(string Reason, string Message, string Field);
