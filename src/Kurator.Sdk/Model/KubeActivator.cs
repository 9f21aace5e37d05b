using System;

namespace Kurator.Sdk;

/// <summary>Creates empty generated objects for the fluent lambda builders (their required fields are checked by Validate).</summary>
public static class KubeActivator
{
    /// <summary>Creates an empty instance of a generated type.</summary>
    public static T Create<T>()
        where T : class => (T)Activator.CreateInstance(typeof(T))!;
}
