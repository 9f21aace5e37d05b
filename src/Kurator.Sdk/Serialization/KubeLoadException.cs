using System;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Serialization;

/// <summary>Thrown by the strict load helpers when input has errors; every error is listed.</summary>
public sealed class KubeLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KubeLoadException(IReadOnlyList<KubeLoadError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    /// <summary>The errors.</summary>
    public IReadOnlyList<KubeLoadError> Errors { get; }
}
