namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>Fills a rule's detail template (see <see cref="Rules.PodSecurityFieldRule"/> for the placeholders).</summary>
internal static class DetailText
{
    public static string Format(string template, string subject, string field, string value, string? key) =>
        template
            .Replace("{subject}", subject)
            .Replace("{field}", field)
            .Replace("{value}", value)
            .Replace("{key}", key ?? string.Empty);

    public static string Container(string name) => "container \"" + name + "\"";

    public static string Volume(string name) => "volume \"" + name + "\"";

    public const string Pod = "pod";
}
