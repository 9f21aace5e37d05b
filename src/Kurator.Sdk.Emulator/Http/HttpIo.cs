using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Errors;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>Reading request bodies and writing JSON / Status responses.</summary>
internal static class HttpIo
{
    public static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }

    public static async Task<byte[]> ReadBytesAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }

    public static async Task WriteJsonAsync(HttpContext context, int status, JsonNode body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        // Written as UTF-8 straight into the response (the same text ToJsonString gives, without the UTF-16 copy).
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter)) body.WriteTo(writer);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static Task WriteRawJsonAsync(HttpContext context, string json)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiError error)
    {
        if (error.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (error.PlainText)
        {
            context.Response.StatusCode = error.Code;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(error.Message + "\n", context.RequestAborted);
        }
        return WriteJsonAsync(context, error.Code, error.ToStatus());
    }
}
