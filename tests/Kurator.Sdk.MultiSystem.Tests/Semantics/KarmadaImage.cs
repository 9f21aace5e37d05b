using System;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>
/// An image in Karmada's imageparser terms, written here independently of the SDK: the hostname is the first path part
/// when it has a '.' or ':' or is <c>localhost</c>; the tag or digest follows the last ':' after the last '/' (or '@').
/// </summary>
internal sealed class KarmadaImage
{
    public string Hostname = "";
    public string Repository = "";
    public string TagOrDigest = "";
    public bool IsDigest;

    public static KarmadaImage Parse(string image)
    {
        var result = new KarmadaImage();
        var rest = image;
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            result.TagOrDigest = rest[(at + 1)..];
            result.IsDigest = true;
            rest = rest[..at];
        }
        else if (rest.LastIndexOf(':') is var colon && colon > rest.LastIndexOf('/'))
        {
            result.TagOrDigest = rest[(colon + 1)..];
            rest = rest[..colon];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && (rest[..slash].Contains('.', StringComparison.Ordinal) || rest[..slash].Contains(':', StringComparison.Ordinal) || rest[..slash] == "localhost"))
        {
            result.Hostname = rest[..slash];
            rest = rest[(slash + 1)..];
        }

        result.Repository = rest;
        return result;
    }

    /// <summary>Karmada's SetTagOrDigest: a value in <c>algorithm:hex</c> form is a digest.</summary>
    public void SetTagOrDigest(string value)
    {
        TagOrDigest = value;
        IsDigest = value.Contains(':', StringComparison.Ordinal);
    }

    public override string ToString() =>
        (Hostname.Length > 0 ? Hostname + "/" : "") + Repository + (TagOrDigest.Length == 0 ? "" : (IsDigest ? "@" : ":") + TagOrDigest);
}
