using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>Posts a hostile request as a client would; its variables may nest deeper than a default serializer writes.</summary>
public static class HostileRequestSender
{
    private static readonly JsonSerializerOptions DeepJson = new() { MaxDepth = 100_000 };

    public static Task<GraphQLResponse> SendAsync(HttpClient http, HostileRequest request)
    {
        var json = JsonSerializer.Serialize(new { query = request.Query, variables = request.Variables }, DeepJson);
        return new GraphQLClient(http).PostAsync(new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
    }
}
