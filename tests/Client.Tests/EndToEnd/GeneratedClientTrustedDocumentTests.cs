using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KooMessage.Client.Tests.Infrastructure;

namespace KooMessage.Client.Tests.EndToEnd;

/// <summary>
/// A platform that runs only trusted documents (GraphQL:TrustedDocumentsOnly): the generated client
/// sending document ids works, the same client sending text is refused with a clear code, and an admin
/// registers another client's manifest through the client, by id.
/// </summary>
public sealed class GeneratedClientTrustedDocumentTests(GeneratedClientTrustedDocumentTests.TrustedOnlyServer platform)
    : IClassFixture<GeneratedClientTrustedDocumentTests.TrustedOnlyServer>
{
    /// <summary>One platform with GraphQL:TrustedDocumentsOnly for the tests of this class.</summary>
    public sealed class TrustedOnlyServer : IAsyncLifetime
    {
        internal PlatformServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
            => Server = await PlatformServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:TrustedDocumentsOnly"] = "true" });

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private PlatformServer Server => platform.Server;

    [Fact]
    public async Task The_client_sending_document_ids_runs_queries_and_mutations()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey, o => o.SendDocumentIds = true);

        var tenant = await PlatformSetup.CreateTenantAsync(admin.Client, "trusted").Within();
        await using var member = ClientScope.For(Server, tenant.Key, o => o.SendDocumentIds = true);
        var viewer = (await member.Client.GetViewerAsync().Within()).EnsureNoErrors().Viewer;

        Assert.Equal(tenant.Slug, viewer.Tenant?.Slug);
    }

    [Fact]
    public async Task The_client_sending_text_is_refused_with_a_clear_code()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey);

        var result = await admin.Client.GetViewerAsync().Within();

        Assert.False(result.IsSuccess);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task An_admin_registers_a_manifest_by_id_and_its_documents_then_run_by_id()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey, o => o.SendDocumentIds = true);
        var document = $"query Dashboard{Guid.NewGuid():N} {{ viewer {{ authenticated roles }} }}";
        var id = DocumentIds.Of(document);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", ErrorCode(await PostDocumentIdAsync(id)));

        var added = (await admin.Client.AddTrustedDocumentsAsync(new AddTrustedDocumentsInput
        {
            Documents = [new TrustedDocumentInput { Id = id[DocumentIds.Sha256Prefix.Length..], Document = document }],
        }).Within()).EnsureNoErrors().AddTrustedDocuments;
        var again = (await admin.Client.AddTrustedDocumentsAsync(new AddTrustedDocumentsInput
        {
            Documents = [new TrustedDocumentInput { Id = id, Document = document }],
        }).Within()).EnsureNoErrors().AddTrustedDocuments;
        var byId = await PostDocumentIdAsync(id);

        Assert.Equal([id], added.Ids);
        Assert.Equal(1, added.Added);
        Assert.Equal(0, again.Added);
        Assert.True(byId.GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task A_manifest_entry_whose_hash_is_not_its_id_is_refused_and_nothing_is_stored()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey, o => o.SendDocumentIds = true);
        var good = "query Good { __typename }";
        var bad = "query Bad { __typename }";

        var refused = (await admin.Client.AddTrustedDocumentsAsync(new AddTrustedDocumentsInput
        {
            Documents =
            [
                new TrustedDocumentInput { Id = DocumentIds.Of(good), Document = good },
                new TrustedDocumentInput { Id = DocumentIds.Of(good), Document = bad },
            ],
        }).Within()).EnsureNoErrors().AddTrustedDocuments;

        var error = Assert.IsType<AddTrustedDocumentsMutation.ValidationError>(Assert.Single(refused.Errors!));
        Assert.Equal("documents[1].document", error.Field);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", ErrorCode(await PostDocumentIdAsync(DocumentIds.Of(good))));
    }

    [Fact]
    public async Task Only_a_platform_admin_registers_documents()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey, o => o.SendDocumentIds = true);
        var tenant = await PlatformSetup.CreateTenantAsync(admin.Client, "trusted-member").Within();
        await using var member = ClientScope.For(Server, tenant.Key, o => o.SendDocumentIds = true);
        var document = "query Sneaky { __typename }";

        var result = await member.Client.AddTrustedDocumentsAsync(new AddTrustedDocumentsInput
        {
            Documents = [new TrustedDocumentInput { Id = DocumentIds.Of(document), Document = document }],
        }).Within();

        Assert.False(result.IsSuccess);
        Assert.Equal("AUTH_NOT_AUTHORIZED", Assert.Single(result.Errors).Code);
    }

    private async Task<JsonElement> PostDocumentIdAsync(string id)
    {
        using var http = new HttpClient { Timeout = TaskTimeouts.Default };
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.GraphQLEndpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { documentId = id }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PlatformServer.AdminKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string? ErrorCode(JsonElement response)
        => response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
