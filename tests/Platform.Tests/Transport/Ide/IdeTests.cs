using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Transport;
using KooMessage.Platform.Transport.Ide;

namespace KooMessage.Platform.Tests.Transport.Ide;

/// <summary>
/// The IDE over plain HTTP: a browser's navigation gets the page, every GraphQL client's Accept gets
/// what it got before; the page pins its assets with SRI hashes that are those of the npm package.
/// </summary>
public sealed class IdeTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Theory]
    [InlineData(BrowserAccept, true)]
    [InlineData("text/html", true)]
    [InlineData("application/json, text/html;q=0.9", false)]
    [InlineData("text/html, application/graphql-response+json", false)]
    [InlineData("*/*", false)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", false)]
    [InlineData("text/event-stream", false)]
    [InlineData(null, false)]
    public void Only_an_accept_that_ranks_html_above_json_asks_for_the_page(string? accept, bool page)
        => Assert.Equal(page, GraphQLMediaTypes.PrefersHtml(accept));

    [Fact]
    public async Task A_browser_gets_the_page_from_the_cdn_with_sri_and_a_content_security_policy()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["Ide:Enabled"] = "true" });
        using var response = await GetAsync(host, "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var bundle = $"https://cdn.jsdelivr.net/npm/{IdeAssets.Package}@{IdeAssets.Version}/{IdeAssets.Bundle.File}";
        Assert.Contains($"<script src=\"{bundle}\" integrity=\"{IdeAssets.Bundle.Integrity}\" crossorigin=\"anonymous\"", html);
        Assert.Contains($"integrity=\"{IdeAssets.Stylesheet.Integrity}\"", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self' https://cdn.jsdelivr.net;", csp);
        Assert.Contains($"connect-src 'self' ws://{host.BaseAddress.Authority} https://cdn.jsdelivr.net;", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("Accept", response.Headers.Vary);

        using var script = await GetAsync(host, IdeAssets.ScriptPath, "*/*");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("graphql-transport-ws", await script.Content.ReadAsStringAsync());
        // Without Ide:AssetPath the platform serves no package files.
        using var asset = await GetAsync(host, $"{IdeAssets.LocalPath}/{IdeAssets.Bundle.File}", "*/*");
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task Json_get_and_post_answer_as_before_while_the_ide_is_on()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["Ide:Enabled"] = "true" });
        foreach (var accept in new[] { "application/graphql-response+json", "application/json", "*/*" })
        {
            using var get = await GetAsync(host, "/graphql?query=%7B__typename%7D", accept);
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await get.Content.ReadAsStringAsync());
        }
        using var http = host.CreateClient();
        using var post = await http.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Off_by_default_outside_development_a_browser_gets_the_graphql_answer()
    {
        await using var host = await PlatformHost.StartAsync();
        using var response = await GetAsync(host, "/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var script = await GetAsync(host, IdeAssets.ScriptPath, "*/*");
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [Fact]
    public async Task An_asset_path_serves_the_pinned_files_and_nothing_else_of_the_folder()
    {
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ide:Enabled"] = "true",
            ["Ide:AssetPath"] = IdePackage.Folder,
        });
        using var page = await GetAsync(host, "/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"<script src=\"{IdeAssets.LocalPath}/{IdeAssets.Bundle.File}\" integrity=\"{IdeAssets.Bundle.Integrity}\"", html);
        Assert.Contains("script-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single());

        using var bundle = await GetAsync(host, $"{IdeAssets.LocalPath}/{IdeAssets.Bundle.File}", "*/*");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType!.MediaType);
        Assert.Equal(IdeAssets.Bundle.Integrity, Sri(await bundle.Content.ReadAsByteArrayAsync()));
        foreach (var other in new[] { "package.json", "dist/../package.json", "README.md" })
        {
            using var refused = await GetAsync(host, $"{IdeAssets.LocalPath}/{other}", "*/*");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
    }

    [Fact]
    public void The_pinned_hashes_are_those_of_the_files_npm_installs()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(IdePackage.Folder, "package.json"))).RootElement;
        Assert.Equal(IdeAssets.Package, manifest.GetProperty("name").GetString());
        Assert.Equal(IdeAssets.Version, manifest.GetProperty("version").GetString());
        foreach (var asset in IdeAssets.All)
            Assert.Equal(asset.Integrity, Sri(File.ReadAllBytes(Path.Combine(IdePackage.Folder, asset.File))));
    }

    private static string Sri(byte[] content) => "sha384-" + Convert.ToBase64String(SHA384.HashData(content));

    private static async Task<HttpResponseMessage> GetAsync(PlatformHost host, string path, string accept)
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await http.SendAsync(request);
    }
}
