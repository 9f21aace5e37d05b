using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Json;
using Kurator.Sdk.Emulator.Errors;

namespace Kurator.Sdk.Emulator.Patch;

/// <summary>
/// An application/json-patch+json request body applied with the SDK's one RFC 6902 implementation, failures answered as
/// the API server does: an unreadable patch is 400 BadRequest, an operation that cannot apply is 422.
/// </summary>
internal static class JsonPatchRequest
{
    public static JsonNode Apply(JsonNode document, JsonNode? patch)
    {
        IReadOnlyList<JsonPatchOperation> ops;
        try
        {
            ops = JsonPatch.Parse(patch);
        }
        catch (JsonPatchException e)
        {
            throw ApiError.BadRequest($"error decoding patch: {e.Message}");
        }

        try
        {
            return JsonPatch.Apply(document, ops) ?? throw ApiError.BadRequest("the patch did not produce an object");
        }
        catch (JsonPatchException e)
        {
            throw new ApiError(422, "Invalid", $"the server rejected our request due to an error in our request: {e.Message}");
        }
    }
}
