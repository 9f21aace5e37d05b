using System;

namespace Kurator.Sdk.Analyzers.BestPractice;

/// <summary>The tag of an image reference (<c>registry:5000/team/app:1.2@sha256:...</c>).</summary>
internal static class ImageReference
{
    /// <summary>The tag code fixes write in place of <c>latest</c>; it stays flagged until the user edits it.</summary>
    public const string PlaceholderTag = "PIN-A-VERSION";

    /// <summary>Why the image is not pinned, or null when it has a digest or a real tag.</summary>
    public static string? Problem(string image)
    {
        if (image.IndexOf('@') >= 0)
        {
            return null; // a digest pins the content whatever the tag says
        }

        var name = image.Substring(image.LastIndexOf('/') + 1); // a registry port's ':' is before the last '/'
        var colon = name.LastIndexOf(':');
        if (colon < 0)
        {
            return "has no tag (pulls latest)";
        }

        var tag = name.Substring(colon + 1);
        if (string.Equals(tag, "latest", StringComparison.Ordinal))
        {
            return "uses the latest tag";
        }

        return tag == PlaceholderTag ? "still has the placeholder tag " + PlaceholderTag : null;
    }
}
