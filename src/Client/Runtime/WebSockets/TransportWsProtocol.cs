using System.Text.Json;

namespace KooMessage.Client.Runtime.WebSockets;

/// <summary>Names and message builders of the graphql-transport-ws protocol.</summary>
internal static class TransportWsProtocol
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>
    /// Close codes after which reconnecting cannot help (bad request, unauthorized, forbidden,
    /// subprotocol refused, duplicate subscriber, too many inits, server error); others are retried.
    /// </summary>
    public static readonly int[] TerminalCloseCodes = [4400, 4401, 4403, 4406, 4409, 4429, 4500];

    public static byte[] ConnectionInit(string? apiKey) => Write(writer =>
    {
        writer.WriteString("type", "connection_init");
        if (!string.IsNullOrEmpty(apiKey))
        {
            writer.WriteStartObject("payload");
            writer.WriteString("apiKey", apiKey);
            writer.WriteEndObject();
        }
    });

    public static byte[] Subscribe(string id, byte[] request) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "subscribe");
        writer.WritePropertyName("payload");
        writer.WriteRawValue(request, skipInputValidation: true);
    });

    public static byte[] Complete(string id) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "complete");
    });

    public static byte[] Ping() => Write(writer => writer.WriteString("type", "ping"));

    public static byte[] Pong() => Write(writer => writer.WriteString("type", "pong"));

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
