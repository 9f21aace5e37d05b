namespace Kurator.Sdk.Policy.Engine;

/// <summary>What a front end knows about a value the evaluator reaches.</summary>
internal enum PolicyNodeKind
{
    /// <summary>Unset on the wire: JSON null, or a C# null literal.</summary>
    Unset,

    /// <summary>A string, number or boolean, compared as text.</summary>
    Scalar,

    /// <summary>A string-keyed object or map.</summary>
    Object,

    /// <summary>A list.</summary>
    List,

    /// <summary>Set, to a value only known at run time (a C# call or variable): never judged by its value.</summary>
    Unknown,

    /// <summary>Possibly set where the front end cannot see (a field of an object built elsewhere): never judged.</summary>
    Unseen,
}
