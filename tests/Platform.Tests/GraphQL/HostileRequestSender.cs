using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.GraphQL;

/// <summary>Posts a hostile request as a client would; its variables may nest deeper than a default serializer writes.</summary>
public static class HostileRequestSender
{
    private static readonly JsonSerializerOptions DeepJson = new() { MaxDepth = 100_000 };

    public static async Task<GraphQLResponse> SendAsync(HttpClient http, HostileRequest request)
    {
        var json = JsonSerializer.Serialize(new { query = request.Query, variables = request.Variables }, DeepJson);
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        message.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        var body = string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
