using System;

namespace Kurator.Sdk.PolicyParity.FrontEnds;

/// <summary>A fixture one front end cannot judge (it does not load or compile): counted as a disagreement with the reason.</summary>
internal sealed class FrontEndException : Exception
{
    public FrontEndException(string message)
        : base(message)
    {
    }
}
