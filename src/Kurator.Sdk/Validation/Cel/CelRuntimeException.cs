using System;

namespace Kurator.Sdk.Validation.Cel;

/// <summary>An evaluation error the API server would also raise (no such key, bad types): the rule fails.</summary>
internal sealed class CelRuntimeException : Exception
{
    public CelRuntimeException(string message)
        : base(message)
    {
    }
}
