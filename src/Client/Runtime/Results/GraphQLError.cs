using System.Text.Json;

namespace KooMessage.Client;

/// <summary>An entry of a GraphQL response's top-level <c>errors</c> list.</summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<object>? path = null,
        IReadOnlyList<GraphQLErrorLocation>? locations = null,
        IReadOnlyDictionary<string, JsonElement>? extensions = null)
    {
        Message = message;
        Path = path ?? [];
        Locations = locations ?? [];
        Extensions = extensions ?? new Dictionary<string, JsonElement>();
    }

    public string Message { get; }

    /// <summary>The response path of the failed field: field names as strings, list indices as ints.</summary>
    public IReadOnlyList<object> Path { get; }

    public IReadOnlyList<GraphQLErrorLocation> Locations { get; }

    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>The platform's machine-readable error code (<c>extensions.code</c>), if any.</summary>
    public string? Code =>
        Extensions.TryGetValue("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    public override string ToString() => Code is null ? Message : $"{Code}: {Message}";
}
