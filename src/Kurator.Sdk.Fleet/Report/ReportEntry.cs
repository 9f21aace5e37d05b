namespace Kurator.Sdk.Fleet.Report;

/// <summary>
/// One error or note of a <see cref="ClusterReport"/>, kept as data so callers need not split text: what it is about (an
/// object as <c>Kind/ns/name</c>, <c>cluster &lt;name&gt;</c>, <c>list</c> ...) and what happened.
/// </summary>
/// <param name="Subject">What the entry is about.</param>
/// <param name="Message">What happened to it.</param>
public sealed record ReportEntry(string Subject, string Message)
{
    /// <summary>The entry as the report table prints it: <c>subject: message</c>.</summary>
    public override string ToString() => Subject + ": " + Message;
}
