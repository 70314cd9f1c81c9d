using System.Text.Json;

namespace KooMessage.Client.Runtime.Serialization;

/// <summary>Reads the GraphQL response envelope (<c>data</c>, <c>errors</c>, <c>extensions</c>).</summary>
internal static class OperationResultParser
{
    /// <summary>Whether the JSON looks like a GraphQL response at all (and not, say, a proxy's error page).</summary>
    public static bool IsResponse(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && (json.TryGetProperty("data", out _) || json.TryGetProperty("errors", out _));

    public static OperationResult<TData> Parse<TData>(JsonElement json, Func<JsonElement, TData> parseData)
        where TData : class
    {
        var errors = json.TryGetProperty("errors", out var errorsJson) ? ParseErrors(errorsJson) : [];
        var extensions = json.TryGetProperty("extensions", out var extensionsJson) ? ParseMap(extensionsJson) : null;
        TData? data = null;
        if (json.TryGetProperty("data", out var dataJson) && dataJson.ValueKind == JsonValueKind.Object)
        {
            try
            {
                data = parseData(dataJson);
            }
            catch (GraphQLResponseException) when (errors.Count > 0)
            {
                // Errors already explain why the data is incomplete; they are more useful than the shape mismatch.
                data = null;
            }
        }

        return new OperationResult<TData>(data, errors, extensions);
    }

    public static IReadOnlyList<GraphQLError> ParseErrors(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var errors = new List<GraphQLError>();
        foreach (var error in json.EnumerateArray())
        {
            var message = error.TryGetProperty("message", out var messageJson) && messageJson.ValueKind == JsonValueKind.String
                ? messageJson.GetString()!
                : "Unknown error";
            errors.Add(new GraphQLError(message, ParsePath(error), ParseLocations(error), error.TryGetProperty("extensions", out var extensions) ? ParseMap(extensions) : null));
        }

        return errors;
    }

    private static List<object>? ParsePath(JsonElement error)
    {
        if (!error.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return path.EnumerateArray()
            .Select(segment => segment.ValueKind == JsonValueKind.Number ? (object)segment.GetInt32() : segment.ToString())
            .ToList();
    }

    private static List<GraphQLErrorLocation>? ParseLocations(JsonElement error)
    {
        if (!error.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return locations.EnumerateArray()
            .Where(l => l.ValueKind == JsonValueKind.Object)
            .Select(l => new GraphQLErrorLocation(
                l.TryGetProperty("line", out var line) && line.TryGetInt32(out var lineValue) ? lineValue : 0,
                l.TryGetProperty("column", out var column) && column.TryGetInt32(out var columnValue) ? columnValue : 0))
            .ToList();
    }

    private static Dictionary<string, JsonElement>? ParseMap(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
            ? json.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : null;
}
