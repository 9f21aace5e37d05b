using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Kurator.Sdk.Validation.Names;

/// <summary>
/// The name formats of the Kubernetes API server (apimachinery's <c>IsDNS1123Subdomain</c>, <c>IsDNS1123Label</c> and
/// <c>IsValidPathSegmentName</c>), each returning the server's messages for a bad value (empty when the value is valid).
/// </summary>
public static partial class DnsNames
{
    /// <summary>Longest DNS-1123 subdomain.</summary>
    public const int SubdomainMaxLength = 253;

    /// <summary>Longest DNS-1123 label.</summary>
    public const int LabelMaxLength = 63;

    private const string LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string SubdomainFormat = LabelFormat + "(\\." + LabelFormat + ")*";

    /// <summary>Messages for a value that is not a lowercase RFC 1123 subdomain (at most 253 characters).</summary>
    public static IReadOnlyList<string> Subdomain(string value)
    {
        var messages = new List<string>();
        if (value.Length > SubdomainMaxLength)
        {
            messages.Add($"must be no more than {SubdomainMaxLength} characters");
        }

        if (!SubdomainRegex().IsMatch(value))
        {
            messages.Add("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '" + SubdomainFormat + "')");
        }

        return messages;
    }

    /// <summary>Messages for a value that is not a lowercase RFC 1123 label (at most 63 characters, no dots).</summary>
    public static IReadOnlyList<string> Label(string value)
    {
        var messages = new List<string>();
        if (value.Length > LabelMaxLength)
        {
            messages.Add($"must be no more than {LabelMaxLength} characters");
        }

        if (!LabelRegex().IsMatch(value))
        {
            messages.Add("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '" + LabelFormat + "')");
        }

        return messages;
    }

    /// <summary>Messages for a value that cannot be one segment of a REST path (<c>.</c>, <c>..</c>, or containing <c>/</c> or <c>%</c>).</summary>
    public static IReadOnlyList<string> PathSegment(string value)
    {
        var messages = new List<string>();
        if (value is "." or "..")
        {
            messages.Add($"may not be '{value}'");
        }

        foreach (var forbidden in new[] { "/", "%" })
        {
            if (value.Contains(forbidden, System.StringComparison.Ordinal))
            {
                messages.Add($"may not contain '{forbidden}'");
            }
        }

        return messages;
    }

    /// <summary>
    /// A <c>generateName</c> prefix is checked as the name it starts: the server appends a random suffix, so a trailing
    /// dash is allowed (apimachinery's <c>maskTrailingDash</c>).
    /// </summary>
    public static string AsPrefix(string prefix) =>
        prefix.Length > 1 && prefix[^1] == '-' ? prefix[..^1] + "a" : prefix;

    [GeneratedRegex("^" + SubdomainFormat + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainRegex();

    [GeneratedRegex("^" + LabelFormat + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();
}
