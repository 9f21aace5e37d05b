namespace Kurator.Sdk.Fleet.Check;

/// <summary>One problem found before applying.</summary>
/// <param name="Cluster">The target name.</param>
/// <param name="Object">The object, as <c>Kind/ns/name</c>.</param>
/// <param name="Rule">The rule: a Pod Security check id, an API drift rule (KSDK6001, KSDK6002), or <c>schema</c>.</param>
/// <param name="Message">What is wrong, with the field path.</param>
/// <param name="Blocking">True when apply refuses because of it (schema errors, an enforced or explicitly requested level).</param>
public sealed record CheckFinding(string Cluster, string Object, string Rule, string Message, bool Blocking);
