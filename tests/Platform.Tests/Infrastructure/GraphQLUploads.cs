using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>Real GraphQL multipart requests (operations, map, file parts), as upload clients send them.</summary>
public static class GraphQLUploads
{
    public const string UploadMutation = """
        mutation($file: Upload!, $purpose: FilePurpose!) {
          uploadFile(input: {file: $file, purpose: $purpose}) {
            file { id name kind contentType size sha256 width height durationMs downloadPath }
            errors { __typename ... on Error { message code } ... on ValidationError { field } }
          }
        }
        """;

    public static MultipartFormDataContent Build(string query, object variables, IReadOnlyDictionary<string, string> map,
        IEnumerable<(string Part, byte[] Content, string FileName)> files)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { query, variables })), "operations" },
            { new StringContent(JsonSerializer.Serialize(map.ToDictionary(m => m.Key, m => new[] { m.Value }))), "map" },
        };
        foreach (var (part, bytes, fileName) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, part, fileName);
        }
        return content;
    }

    /// <summary>The operations part of <see cref="Raw"/>: an uploadFile mutation with its file variable null.</summary>
    public static (string Disposition, byte[] Content) OperationsPart(string purpose = "LETTER")
        => ("name=\"operations\"", JsonSerializer.SerializeToUtf8Bytes(new { query = UploadMutation, variables = new { file = (object?)null, purpose } }));

    public static (string Disposition, byte[] Content) MapPart(string json) => ("name=\"map\"", Encoding.UTF8.GetBytes(json));

    public static (string Disposition, byte[] Content) FilePart(string part, string fileName, byte[] content)
        => ($"name=\"{part}\"; filename=\"{fileName}\"", content);

    /// <summary>
    /// A multipart body written byte for byte as given — parts in any order, any header text (NUL
    /// included) — for what a well-behaved client library never sends.
    /// </summary>
    public static HttpContent Raw(params (string Disposition, byte[] Content)[] parts)
    {
        const string boundary = "koomessage-test-boundary";
        var body = new MemoryStream();
        foreach (var (disposition, content) in parts)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }
        body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        var raw = new ByteArrayContent(body.ToArray());
        raw.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return raw;
    }

    public static async Task<GraphQLResponse> SendAsync(HttpClient http, HttpContent content, bool preflight = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (preflight)
            request.Headers.Add("GraphQL-Preflight", "1");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Uploads one file and returns the <c>uploadFile</c> payload (file and errors).</summary>
    public static async Task<JsonElement> UploadAsync(this GraphQLClient client, byte[] bytes, string fileName, string purpose)
    {
        var content = Build(UploadMutation, new { file = (object?)null, purpose }, new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", bytes, fileName)]);
        var response = await SendAsync(client.Http, content);
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("uploadFile");
    }

    /// <summary>Uploads one file that must be accepted; returns its id.</summary>
    public static async Task<string> UploadIdAsync(this GraphQLClient client, byte[] bytes, string fileName, string purpose)
    {
        var payload = await client.UploadAsync(bytes, fileName, purpose);
        payload.AssertNoErrors();
        return payload.GetProperty("file").GetProperty("id").GetString()!;
    }
}
