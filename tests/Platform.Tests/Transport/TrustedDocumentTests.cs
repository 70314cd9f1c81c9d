using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KooMessage.Client;
using KooMessage.Platform.GraphQL.PersistedOperations;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// Trusted documents by <c>documentId</c> (GraphQL over HTTP persisted-documents proposal): the typed
/// client's operations are known without registration, in POST bodies, GET queries and batches; with
/// GraphQL:TrustedDocumentsOnly free text is refused and only those documents run.
/// </summary>
public sealed class TrustedDocumentTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly string GetViewer = KooMessageOperationDocuments.All.Single(d => d.StartsWith("query GetViewer", StringComparison.Ordinal));

    [Fact]
    public async Task A_client_operation_runs_by_document_id_in_a_POST_body_a_GET_query_and_a_batch()
    {
        using var http = fixture.Host.CreateClient(PlatformHost.AdminKey);
        var id = DocumentIds.Of(GetViewer);

        var post = await PostAsync(http, new { documentId = id, operationName = "GetViewer" });
        using var get = await http.GetAsync($"/graphql?documentId={Uri.EscapeDataString(id)}");
        var batch = await PostAsync(http, new object[] { new { documentId = id }, new { documentId = id[DocumentIds.Sha256Prefix.Length..] } });

        Assert.True(post.GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("\"authenticated\":true", await get.Content.ReadAsStringAsync());
        Assert.All(batch.EnumerateArray(), r => Assert.True(r.GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean()));
    }

    [Fact]
    public async Task An_unknown_id_is_not_found_and_a_malformed_id_or_an_id_with_text_is_a_400()
    {
        using var http = fixture.Host.CreateClient();
        var unknown = await PostAsync(http, new { documentId = DocumentIds.Of("query Unknown { __typename }") });
        var malformed = await PostAsync(http, new { documentId = "md5:abc" }, HttpStatusCode.BadRequest);
        var both = await PostAsync(http, new { documentId = DocumentIds.Of(GetViewer), query = "{ __typename }" }, HttpStatusCode.BadRequest);

        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", unknown.ErrorCode());
        Assert.Equal("INVALID_REQUEST", malformed.ErrorCode());
        Assert.Equal("INVALID_REQUEST", both.ErrorCode());
    }

    [Fact]
    public async Task An_automatic_persisted_query_hash_of_a_trusted_document_runs_without_registration()
    {
        using var http = fixture.Host.CreateClient(PlatformHost.AdminKey);
        var byHash = await PostAsync(http, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = AutomaticPersistedQueries.Hash(GetViewer) } } });
        Assert.True(byHash.GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task With_TrustedDocumentsOnly_free_text_is_refused_and_ids_run()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:TrustedDocumentsOnly"] = "true" });
        using var http = host.CreateClient(PlatformHost.AdminKey);
        var text = "{ viewer { authenticated } }";

        var refused = await PostAsync(http, new { query = text }, HttpStatusCode.BadRequest);
        var apqText = await PostAsync(http, new { query = text, extensions = new { persistedQuery = new { version = 1, sha256Hash = AutomaticPersistedQueries.Hash(text) } } },
            HttpStatusCode.BadRequest);
        var apqHash = await PostAsync(http, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = AutomaticPersistedQueries.Hash(text) } } });
        using var get = await http.GetAsync($"/graphql?query={Uri.EscapeDataString(text)}");
        var byId = await PostAsync(http, new { documentId = DocumentIds.Of(GetViewer) });

        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", refused.ErrorCode());
        Assert.Contains("documentId", refused.Error().GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", apqText.ErrorCode());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", apqHash.ErrorCode());
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.True(byId.GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task The_operations_export_command_writes_the_manifest_of_the_client_operations()
    {
        var output = Path.Combine(Path.GetTempPath(), $"trusted-documents-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, await OperationsExportCommand.RunAsync(["operations", "export", "--output", output]));
            var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(output))!;

            Assert.Equal(KooMessageOperationDocuments.All.Count, manifest.Count);
            Assert.All(manifest, entry => Assert.Equal(DocumentIds.Sha256Prefix + entry.Key, DocumentIds.Of(entry.Value)));
            Assert.Contains(GetViewer, manifest.Values);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.PostAsJsonAsync("/graphql", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
