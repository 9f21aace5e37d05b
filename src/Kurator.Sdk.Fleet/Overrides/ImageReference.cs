using System;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>
/// A container image split the way Karmada's image overrider splits it: registry (the first path part when it has a dot,
/// a colon or is <c>localhost</c>), repository (the rest of the name), and tag or digest. <c>nginx:1.25</c> has no registry.
/// </summary>
/// <param name="Registry">The registry host (with port), or empty.</param>
/// <param name="Repository">The repository path, e.g. <c>my-org/nginx</c>.</param>
/// <param name="Tag">The tag, or empty.</param>
/// <param name="Digest">The digest (<c>sha256:...</c>), or empty.</param>
public sealed record ImageReference(string Registry, string Repository, string Tag, string Digest)
{
    /// <summary>Parses <paramref name="image"/>; throws on an empty name.</summary>
    public static ImageReference Parse(string image)
    {
        if (string.IsNullOrWhiteSpace(image)) throw new ArgumentException("an image reference cannot be empty", nameof(image));
        var name = image;
        var digest = "";
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = name[(at + 1)..];
            name = name[..at];
        }

        var tag = "";
        var colon = name.LastIndexOf(':');
        if (colon > name.LastIndexOf('/'))
        {
            tag = name[(colon + 1)..];
            name = name[..colon];
        }

        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && (name[..slash].IndexOfAny(['.', ':']) >= 0 || name[..slash] == "localhost")) return new ImageReference(name[..slash], name[(slash + 1)..], tag, digest);
        return new ImageReference("", name, tag, digest);
    }

    /// <summary>The tag, or else the digest (what Karmada's <c>Tag</c> component means).</summary>
    public string TagOrDigest => Digest.Length > 0 ? Digest : Tag;

    /// <summary>With the tag-or-digest component set as Karmada does: a <c>sha256:</c> value is a digest, anything else a tag.</summary>
    public ImageReference WithTagOrDigest(string value) =>
        value.Contains(':', StringComparison.Ordinal) ? this with { Digest = value, Tag = "" } : this with { Tag = value, Digest = "" };

    /// <inheritdoc />
    public override string ToString() =>
        (Registry.Length > 0 ? Registry + "/" : "") + Repository + (Tag.Length > 0 ? ":" + Tag : "") + (Digest.Length > 0 ? "@" + Digest : "");
}
