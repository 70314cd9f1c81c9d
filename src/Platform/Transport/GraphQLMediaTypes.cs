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
    public const string Html = "text/html";

    /// <summary>
    /// Picks the response media type from Accept per RFC 9110 quality values: the preferred of the two
    /// GraphQL JSON types; <c>*/*</c>, <c>application/*</c> and a missing header mean application/json
    /// (the spec's legacy rule). Also says how much the client wants an event stream (0: not at all;
    /// wildcards do not count, a stream must be asked for by name).
    /// </summary>
    public static AcceptedMediaTypes Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var ranges))
            return new AcceptedMediaTypes(Json, 1, 0);
        string? best = null;
        double bestQuality = 0;
        double eventStream = 0;
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1))
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0)
                continue;
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == EventStream)
            {
                eventStream = Math.Max(eventStream, quality);
                continue;
            }
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
        return new AcceptedMediaTypes(best, bestQuality, eventStream);
    }

    /// <summary>
    /// Whether the client asks for a page rather than a GraphQL response: <c>text/html</c> ranks above
    /// every acceptable GraphQL JSON type, as a browser's navigation does (<c>text/html</c> before
    /// <c>*/*;q=0.8</c>). The IDE's cue; any GraphQL client's Accept says no.
    /// </summary>
    public static bool PrefersHtml(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var ranges))
            return false;
        var html = ranges.Where(r => string.Equals(r.MediaType.Value, Html, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html > Negotiate(accept).JsonQuality;
    }
}
