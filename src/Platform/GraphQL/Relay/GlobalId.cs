using System.Buffers.Text;
using System.Text;

namespace KooMessage.Platform.GraphQL.Relay;

/// <summary>
/// Relay global object identifiers: the GraphQL type name and the entity key, base64url-encoded.
/// Opaque to clients by contract — they pass IDs back, never build them.
/// </summary>
public static class GlobalId
{
    private const char Separator = ':';

    public static string Encode(string typeName, Guid id)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}{Separator}{id:N}"));

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200)
            return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes);
        var separator = text.IndexOf(Separator);
        if (separator <= 0 || !Guid.TryParseExact(text.AsSpan(separator + 1), "N", out id))
            return false;
        typeName = text[..separator];
        return true;
    }

    /// <summary>Decodes an ID that must name <paramref name="expectedType"/>; any other ID is treated as unknown.</summary>
    public static bool TryDecode(string? value, string expectedType, out Guid id)
    {
        if (TryDecode(value, out var typeName, out id) && typeName == expectedType)
            return true;
        id = Guid.Empty;
        return false;
    }
}
