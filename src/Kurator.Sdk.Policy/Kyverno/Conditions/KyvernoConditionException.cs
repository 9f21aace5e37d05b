using System;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>A condition that cannot be evaluated (an unknown operator): the rule is not evaluated, never passed.</summary>
public sealed class KyvernoConditionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KyvernoConditionException(string message)
        : base(message)
    {
    }
}
