using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Transport;

/// <summary>
/// CORS as a browser enforces it: a page on another 127.0.0.1 port, listed in
/// <c>Cors:AllowedOrigins</c>, runs a query and a multipart upload against /graphql and downloads the
/// file from /files with fetch; the same calls from an unlisted origin are refused by the browser.
/// </summary>
public sealed class CorsBrowserTests : IAsyncLifetime
{
    /// <summary>What a frontend app does with fetch: a JSON query, a GraphQL multipart upload, a download.</summary>
    private const string AppScript = """
        async ({ endpoint, key, mutation }) => {
          const auth = { authorization: 'Bearer ' + key };
          try {
            const query = await fetch(endpoint, {
              method: 'POST',
              headers: { ...auth, 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ viewer { tenant { slug } } }' }),
            }).then(r => r.json());
            const form = new FormData();
            form.append('operations', JSON.stringify({ query: mutation, variables: { file: null, purpose: 'LETTER' } }));
            form.append('map', JSON.stringify({ '0': ['variables.file'] }));
            form.append('0', new Blob(['%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], { type: 'application/pdf' }), 'letter.pdf');
            const upload = await fetch(endpoint, { method: 'POST', headers: { ...auth, 'graphql-preflight': '1' }, body: form }).then(r => r.json());
            const download = await fetch(new URL(upload.data.uploadFile.file.downloadPath, endpoint), { headers: auth });
            return JSON.stringify({ query, upload, downloadStatus: download.status, downloaded: (await download.text()).length });
          } catch (error) {
            return JSON.stringify({ refused: String(error) });
          }
        }
        """;

    private BrowserOrigin _allowed = null!;
    private BrowserOrigin _unlisted = null!;
    private PlatformHost _host = null!;
    private SystemChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _allowed = await BrowserOrigin.StartAsync();
        _unlisted = await BrowserOrigin.StartAsync();
        _host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = _allowed.Origin });
        _chromium = await SystemChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
        await _unlisted.DisposeAsync();
        await _allowed.DisposeAsync();
    }

    [Fact]
    public async Task A_listed_origin_queries_uploads_and_downloads_and_an_unlisted_one_is_refused()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("cors"));

        var allowed = await RunAppAsync(_allowed, tenant.Key);
        Assert.False(allowed.TryGetProperty("refused", out var refusal), $"The listed origin was refused: {refusal}");
        Assert.Equal(tenant.Slug, allowed.GetProperty("query").GetProperty("data").GetProperty("viewer").GetProperty("tenant").GetProperty("slug").GetString());
        var upload = allowed.GetProperty("upload").GetProperty("data").GetProperty("uploadFile");
        Assert.Equal(JsonValueKind.Null, upload.GetProperty("errors").ValueKind);
        Assert.Equal("letter.pdf", upload.GetProperty("file").GetProperty("name").GetString());
        Assert.Equal(200, allowed.GetProperty("downloadStatus").GetInt32());
        Assert.Equal(upload.GetProperty("file").GetProperty("size").GetInt64(), allowed.GetProperty("downloaded").GetInt64());

        var files = _host.BlobCount();
        var unlisted = await RunAppAsync(_unlisted, tenant.Key);
        Assert.Contains("Failed to fetch", unlisted.GetProperty("refused").GetString());
        Assert.Equal(files, _host.BlobCount());
    }

    private async Task<JsonElement> RunAppAsync(BrowserOrigin origin, string key)
    {
        var problems = new List<string>();
        var page = await _chromium.NewPageAsync(problems);
        await page.GotoAsync(origin.PageUrl);
        var result = await page.EvaluateAsync<string>(AppScript, new { endpoint = _host.GraphQLEndpoint.ToString(), key, mutation = GraphQLUploads.UploadMutation });
        await page.Context.CloseAsync();
        return JsonDocument.Parse(result).RootElement.Clone();
    }
}
