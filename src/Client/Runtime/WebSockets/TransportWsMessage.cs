using System.Text.Json;

namespace KooMessage.Client.Runtime.WebSockets;

/// <summary>A received graphql-transport-ws message; the payload is detached from the receive buffer.</summary>
internal sealed record TransportWsMessage(string Type, string? Id, JsonElement Payload)
{
    public static TransportWsMessage Parse(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var typeJson) && typeJson.ValueKind == JsonValueKind.String ? typeJson.GetString()! : string.Empty;
        var id = root.TryGetProperty("id", out var idJson) && idJson.ValueKind == JsonValueKind.String ? idJson.GetString() : null;
        var payload = root.TryGetProperty("payload", out var payloadJson) ? payloadJson.Clone() : default;
        return new TransportWsMessage(type, id, payload);
    }
}
