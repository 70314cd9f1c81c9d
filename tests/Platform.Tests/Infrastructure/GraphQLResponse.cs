using System.Net;
using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>A raw GraphQL HTTP response: status, content type and the parsed body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array;

    public IReadOnlyList<string?> ErrorCodes => HasErrors
        ? Body.GetProperty("errors").EnumerateArray()
            .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)
            .ToList()
        : [];

    public string FirstErrorCode => ErrorCodes.FirstOrDefault() ?? throw new InvalidOperationException($"No errors in {Body}");
}
