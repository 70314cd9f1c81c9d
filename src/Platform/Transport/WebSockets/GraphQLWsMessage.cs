using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KooMessage.Platform.Transport.WebSockets;

/// <summary>
/// A message received from a graphql-transport-ws client, checked against the protocol's shapes:
/// anything else is an invalid message (close 4400) with a reason that says what was wrong.
/// </summary>
public sealed record GraphQLWsMessage(string Type, string? Id, JsonElement? Payload)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static bool TryParse(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out GraphQLWsMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException)
        {
            error = "Invalid message: not JSON";
            return false;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                error = "Invalid message: expected an object with a string 'type'";
                return false;
            }
            var type = typeElement.GetString()!;
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            JsonElement? payload = root.TryGetProperty("payload", out var payloadElement) && payloadElement.ValueKind != JsonValueKind.Null
                ? payloadElement.Clone()
                : null;

            error = type switch
            {
                GraphQLWsMessageType.ConnectionInit or GraphQLWsMessageType.Ping or GraphQLWsMessageType.Pong
                    => payload is null or { ValueKind: JsonValueKind.Object } ? null : $"Invalid message: '{type}' payload must be an object",
                GraphQLWsMessageType.Subscribe => string.IsNullOrEmpty(id) ? "Invalid message: 'subscribe' needs a non-empty string 'id'" : CheckSubscribePayload(payload),
                GraphQLWsMessageType.Complete => string.IsNullOrEmpty(id) ? "Invalid message: 'complete' needs a non-empty string 'id'" : null,
                _ => $"Invalid message: unsupported type '{Truncate(type, 40)}'",
            };
            if (error is not null)
                return false;
            message = new GraphQLWsMessage(type, id, payload);
            return true;
        }
    }

    private static string? CheckSubscribePayload(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } request)
            return "Invalid message: 'subscribe' payload must be an object";
        // The protocol's payload has a 'query'; a trusted document's 'documentId' stands for it.
        if (!IsString(request, "query") && !IsString(request, "documentId"))
            return "Invalid message: 'subscribe' payload needs a string 'query' (or 'documentId')";
        if (request.TryGetProperty("operationName", out var name) && name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            return "Invalid message: 'operationName' must be a string or null";
        foreach (var field in (string[])["variables", "extensions"])
        {
            if (request.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                return $"Invalid message: '{field}' must be an object or null";
        }
        return null;
    }

    private static bool IsString(JsonElement request, string property)
        => request.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
