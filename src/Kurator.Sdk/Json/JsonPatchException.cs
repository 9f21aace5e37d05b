using System;

namespace Kurator.Sdk.Json;

/// <summary>A JSON patch that cannot be read or applied; the message names the operation and the path, never a value.</summary>
public sealed class JsonPatchException(string message) : ArgumentException(message);
