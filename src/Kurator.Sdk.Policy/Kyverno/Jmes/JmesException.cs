using System;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>A JMESPath evaluation failed (a function given the wrong type, an undefined variable ...).</summary>
internal sealed class JmesException : Exception
{
    public JmesException(string message)
        : base(message)
    {
    }
}
