using Microsoft.Net.Http.Headers;

namespace KooMessage.Platform.Transport;

/// <summary>Media types of GraphQL over HTTP and the response negotiation the spec asks for.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string LegacyGraphQLJson = "application/graphql+json";
    public const string EventStream = "text/event-stream";
    public const string MultipartFormData = "multipart/form-data";

    /// <summary>
    /// Picks the response media type from Accept: the preferred of the two GraphQL JSON types by
    /// quality; <c>*/*</c>, <c>application/*</c> and a missing header mean application/json (the
    /// spec's legacy rule). Null when nothing acceptable is offered (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
            return Json;
        if (!MediaTypeHeaderValue.TryParseList([accept], out var ranges))
            return Json;
        string? best = null;
        double bestQuality = 0;
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1))
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0)
                continue;
            var type = range.MediaType.Value?.ToLowerInvariant();
            var candidate = type switch
            {
                GraphQLResponseJson => GraphQLResponseJson,
                Json => Json,
                "*/*" or "application/*" => Json,
                _ => null,
            };
            if (candidate is null)
                continue;
            // Equal quality: the specific graphql-response+json wins over wildcards and plain JSON.
            if (best is null || quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponseJson && type != "*/*"))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>Whether the client asked for a Server-Sent Events stream.</summary>
    public static bool AcceptsEventStream(string? accept)
        => accept is not null && accept.Contains(EventStream, StringComparison.OrdinalIgnoreCase);
}
