using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;

namespace KooMessage.Platform.GraphQL.Connections;

/// <summary>Opaque offset cursors (the position of an item in the ordered, filtered list).</summary>
public static class Cursors
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"The cursor given as '{argument}' is not valid for this list.") { Code = ErrorCodes.InvalidCursor };
    }
}
