using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KooMessage.Client.Tests.Runtime;

/// <summary>What a test endpoint received: headers, and the body when it is JSON.</summary>
internal sealed record HttpRequestRecord(IReadOnlyDictionary<string, string> Headers, JsonElement? Json)
{
    public static async Task<HttpRequestRecord> ReadAsync(HttpRequest request)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        using var document = await JsonDocument.ParseAsync(request.Body);
        return new HttpRequestRecord(headers, document.RootElement.Clone());
    }
}
