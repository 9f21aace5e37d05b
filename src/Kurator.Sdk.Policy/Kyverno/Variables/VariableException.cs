using System;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>A variable could not be resolved for one resource: the rule's result is Error with this message.</summary>
internal sealed class VariableException : Exception
{
    public VariableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
