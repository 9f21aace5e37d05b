namespace Kurator.Sdk.Policy.Engine;

/// <summary>PSA's wording of violation subjects and the filling of a rule's detail template.</summary>
internal static class SubjectText
{
    public const string Pod = "pod";

    /// <summary><c>container "app"</c>, or <c>container</c> when the name is not known.</summary>
    public static string Container(string? name) => Named("container", name);

    /// <summary><c>volume "data"</c>, or <c>volume</c> when the name is not known.</summary>
    public static string Volume(string? name) => Named("volume", name);

    /// <summary>Fills a detail template (see <see cref="Rules.PodSecurityFieldRule"/> for the placeholders).</summary>
    public static string Detail(string template, string subject, string field, string value, string? key) =>
        template
            .Replace("{subject}", subject)
            .Replace("{field}", field)
            .Replace("{value}", value)
            .Replace("{key}", key ?? string.Empty);

    private static string Named(string what, string? name) => name is null ? what : what + " \"" + name + "\"";
}
