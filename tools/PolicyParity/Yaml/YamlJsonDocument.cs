using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.PolicyParity.Yaml;

/// <summary>One YAML document as JSON, with the source line of each field path.</summary>
internal sealed record YamlJsonDocument(JsonNode? Root, IReadOnlyDictionary<string, int> Lines, int StartLine);
