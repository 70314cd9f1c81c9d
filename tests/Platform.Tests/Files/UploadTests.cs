using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Files;

/// <summary>The GraphQL multipart request spec, type and size checks, and that refused uploads leave nothing behind.</summary>
public sealed class UploadTests : IAsyncLifetime
{
    private PlatformHost _host = null!;

    // A small global cap so the "oversized body" path is cheap to exercise.
    public async Task InitializeAsync() => _host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["Files:MaxNumberFileBytes"] = "4194304" });

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_pdf_is_stored_with_its_detected_type_size_and_hash_and_can_be_downloaded()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("up"));
        var client = _host.As(tenant.Key);
        var bytes = TestFiles.Pdf(1500);
        var payload = await client.UploadAsync(bytes, "承诺函.pdf", "LETTER");
        var file = payload.GetProperty("file");
        Assert.Equal("承诺函.pdf", file.GetProperty("name").GetString());
        Assert.Equal("PDF", file.GetProperty("kind").GetString());
        Assert.Equal(1500, file.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());

        var download = await client.Http.GetAsync(file.GetProperty("downloadPath").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());

        var other = await _host.CreateTenantAsync(Slugs.New("up-other"));
        Assert.Equal(HttpStatusCode.NotFound, (await _host.CreateClient(other.Key).GetAsync(file.GetProperty("downloadPath").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient(PlatformHost.AdminKey, tenant.Slug).GetAsync(file.GetProperty("downloadPath").GetString())).StatusCode);
    }

    [Fact]
    public async Task A_renamed_executable_and_an_oversized_letter_are_refused_and_leave_no_blob()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("up-bad"));
        var client = _host.As(tenant.Key);
        var before = _host.BlobCount();

        var renamed = await client.UploadAsync(TestFiles.Executable(), "letter.pdf", "LETTER");
        Assert.Equal("ValidationError", renamed.ErrorType());
        Assert.Equal(JsonValueKind.Null, renamed.GetProperty("file").ValueKind);

        var tooBig = await client.UploadAsync(TestFiles.Pdf(3 * 1024 * 1024), "big.pdf", "LETTER");
        Assert.Contains("at most 2097152 bytes", tooBig.ErrorMessage());

        var zipAsImage = await client.UploadAsync(TestFiles.Zip(), "photo.png", "IMAGE");
        Assert.Equal("ValidationError", zipAsImage.ErrorType());

        Assert.Equal(before, _host.BlobCount());
        Assert.Equal(0, (await client.QueryAsync("{ files { totalCount } }")).GetProperty("files").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_body_over_the_upload_cap_is_cut_off_with_413()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("up-cap"));
        var content = GraphQLUploads.Build(GraphQLUploads.UploadMutation, new { file = (object?)null, purpose = "NUMBER_FILE" },
            new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", TestFiles.Csv(new string('1', 5 * 1024 * 1024)), "numbers.csv")]);
        var response = await GraphQLUploads.SendAsync(_host.CreateClient(tenant.Key), content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Multipart_requests_need_the_preflight_header_and_a_well_formed_map()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("up-proto"));
        var http = _host.CreateClient(tenant.Key);
        HttpContent Content(string mapPath, string part = "0") => GraphQLUploads.Build(GraphQLUploads.UploadMutation,
            new { file = (object?)null, purpose = "LETTER" }, new Dictionary<string, string> { ["0"] = mapPath }, [(part, TestFiles.Pdf(), "a.pdf")]);

        var noPreflight = await GraphQLUploads.SendAsync(http, Content("variables.file"), preflight: false);
        Assert.Equal(HttpStatusCode.BadRequest, noPreflight.Status);
        Assert.Equal("PREFLIGHT_REQUIRED", noPreflight.FirstErrorCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await GraphQLUploads.SendAsync(http, Content("variables.nope"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GraphQLUploads.SendAsync(http, Content("query"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GraphQLUploads.SendAsync(http, Content("variables.file", part: "1"))).Status);

        var literal = await _host.As(tenant.Key).PostAsync("""mutation { uploadFile(input: {file: "x", purpose: LETTER}) { file { id } } }""");
        Assert.Equal(HttpStatusCode.BadRequest, literal.Status);
    }

    [Fact]
    public async Task Uploads_need_a_tenant()
    {
        var response = await GraphQLUploads.SendAsync(_host.CreateClient(PlatformHost.AdminKey),
            GraphQLUploads.Build(GraphQLUploads.UploadMutation, new { file = (object?)null, purpose = "LETTER" },
                new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", TestFiles.Pdf(), "a.pdf")]));
        Assert.Equal("PreconditionFailedError", response.Data.GetProperty("uploadFile").ErrorType());
    }
}
