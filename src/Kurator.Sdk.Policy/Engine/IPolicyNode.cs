using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Engine;

/// <summary>
/// A value as a front end presents it to the Pod Security evaluator: rendered JSON at run time, the objects C# code
/// builds at compile time. The implementing type carries whatever location its front end reports at.
/// </summary>
/// <typeparam name="TNode">The implementing type.</typeparam>
internal interface IPolicyNode<TNode>
    where TNode : class, IPolicyNode<TNode>
{
    /// <summary>What the value is.</summary>
    PolicyNodeKind Kind { get; }

    /// <summary>
    /// The text rule values are compared with (<c>true</c>, <c>0</c>, <c>RuntimeDefault</c>) for a scalar; a front end
    /// may give other set values a text too (they then never match a scalar rule value); null when not judgeable.
    /// </summary>
    string? Text { get; }

    /// <summary>True for a scalar written as a string (<c>"false"</c>), which is no boolean even when its text says so.</summary>
    bool IsString { get; }

    /// <summary>True for an object or list that may hold entries the front end cannot see.</summary>
    bool IsOpen { get; }

    /// <summary>
    /// The value of an object's field: null when the object does not have it; an <see cref="PolicyNodeKind.Unseen"/>
    /// node when the front end cannot tell.
    /// </summary>
    TNode? Field(string name);

    /// <summary>An object's fields in their order.</summary>
    IEnumerable<KeyValuePair<string, TNode>> Fields();

    /// <summary>A list's items in their order.</summary>
    IEnumerable<TNode> Items();
}
