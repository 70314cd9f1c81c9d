using System.Net.Http.Json;
using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Posts GraphQL documents to a real instance and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
        => PostAsync(JsonContent.Create(new { query, variables }), accept);

    /// <summary>Posts a body as it is (e.g. JSON nested deeper than a default serializer writes).</summary>
    public async Task<GraphQLResponse> PostAsync(HttpContent content, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>Runs a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.False(response.HasErrors, $"Unexpected errors: {response.Body}");
        return response.Data;
    }

    /// <summary>Runs <c>name(input: …) { selection errors { … } }</c> and returns the payload; fails on payload errors.</summary>
    public async Task<JsonElement> MutateAsync(string name, string input, string selection)
    {
        var payload = await TryMutateAsync(name, input, selection);
        payload.AssertNoErrors($"{name} failed: {payload}");
        return payload;
    }

    /// <summary>
    /// Runs a mutation and returns the payload, errors included (their __typename, message and code;
    /// <paramref name="errorSelection"/> adds type-specific fields, e.g. "... on ValidationError { field }").
    /// </summary>
    public async Task<JsonElement> TryMutateAsync(string name, string input, string selection, string errorSelection = "")
    {
        var data = await QueryAsync(
            $"mutation {{ {name}(input: {input}) {{ {selection} errors {{ __typename ... on Error {{ message code }} {errorSelection} }} }} }}");
        return data.GetProperty(name);
    }
}
