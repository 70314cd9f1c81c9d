using System.Globalization;
using System.Text.Json;

namespace KooMessage.Client;

/// <summary>
/// Reads response JSON into the generated records. The generated parsers call these methods
/// directly, so there is no reflection and no serializer configuration: custom scalars are
/// converted here (DateTime as ISO-8601, Long and Decimal from numbers or strings).
/// </summary>
public static class ResultReader
{
    /// <summary>The named property, or an undefined element when the server left it out.</summary>
    public static JsonElement GetField(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value : default;

    public static string ReadTypename(JsonElement json) => ReadString(GetField(json, "__typename"));

    public static string ReadString(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? json.GetString()! : throw Unexpected("a string", json);

    public static int ReadInt32(JsonElement json) =>
        json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out var value) ? value : throw Unexpected("a 32-bit integer", json);

    public static long ReadInt64(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number when json.TryGetInt64(out var value) => value,
        JsonValueKind.String when long.TryParse(json.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Unexpected("a 64-bit integer", json),
    };

    public static double ReadDouble(JsonElement json) =>
        json.ValueKind == JsonValueKind.Number ? json.GetDouble() : throw Unexpected("a number", json);

    public static decimal ReadDecimal(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number when json.TryGetDecimal(out var value) => value,
        JsonValueKind.String when decimal.TryParse(json.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Unexpected("a decimal", json),
    };

    public static bool ReadBoolean(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Unexpected("a boolean", json),
    };

    /// <summary>An ISO-8601 timestamp; the offset the server sent is kept (the platform sends UTC).</summary>
    public static DateTimeOffset ReadDateTime(JsonElement json) =>
        json.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Unexpected("an ISO-8601 date-time", json);

    /// <summary>Any JSON (custom scalars the client has no mapping for), detached from the response document.</summary>
    public static JsonElement ReadJson(JsonElement json) =>
        json.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? throw Unexpected("a value", json) : json.Clone();

    public static IReadOnlyList<T> ReadList<T>(JsonElement json, Func<JsonElement, T> readItem)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw Unexpected("a list", json);
        }

        var items = new T[json.GetArrayLength()];
        var index = 0;
        foreach (var item in json.EnumerateArray())
        {
            items[index++] = readItem(item);
        }

        return items;
    }

    /// <summary>Null when the value is null or absent (absent: a field under @include/@skip), else read.</summary>
    public static T? OrNull<T>(JsonElement json, Func<JsonElement, T> read)
        where T : class =>
        json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : read(json);

    /// <inheritdoc cref="OrNull{T}"/>
    public static T? OrNullValue<T>(JsonElement json, Func<JsonElement, T> read)
        where T : struct =>
        json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : read(json);

    private static GraphQLResponseException Unexpected(string expected, JsonElement json) =>
        new($"Expected {expected} in the GraphQL response but found {(json.ValueKind == JsonValueKind.Undefined ? "nothing" : json.ValueKind.ToString())}.");
}
