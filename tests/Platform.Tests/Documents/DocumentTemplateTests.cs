using System.Net;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Documents;

/// <summary>
/// The console's downloads (下载《…》) over the real pipeline: samples from the start, letters once a
/// platform admin uploads them (replaced and removed whole), refusals that store nothing.
/// </summary>
public sealed class DocumentTemplateTests : IClassFixture<PlatformFixture>
{
    private const string Upload = """
        mutation($area: ProductArea!, $kind: DocumentKind!, $file: Upload!) {
          uploadDocumentTemplate(input: {area: $area, kind: $kind, file: $file}) {
            documentTemplate { area kind fileName contentType size generated updatedAt downloadUrl }
            errors { __typename ... on Error { message } ... on ValidationError { field } }
          }
        }
        """;

    private const string List = "query($area: ProductArea) { documentTemplates(area: $area) { area kind fileName size generated downloadUrl } }";

    private readonly PlatformHost _host;

    public DocumentTemplateTests(PlatformFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task Samples_are_listed_from_the_start_and_download_as_utf8_csv_with_a_bom()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("docs-sample"));
        var client = _host.As(tenant.Key);
        var smart = (await client.QueryAsync(List, new { area = "SMART_MESSAGE" })).GetProperty("documentTemplates").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "SMART_TASK_NUMBER_FILE_SAMPLE");
        Assert.True(smart.GetProperty("generated").GetBoolean());
        Assert.Equal("/documents/SMART_MESSAGE/SMART_TASK_NUMBER_FILE_SAMPLE", smart.GetProperty("downloadUrl").GetString());

        using var download = await client.Http.GetAsync(smart.GetProperty("downloadUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(smart.GetProperty("size").GetInt64(), bytes.Length);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("phone,", Encoding.UTF8.GetString(bytes[3..]));

        var basic = (await client.QueryAsync(List, new { area = "BASIC_EDITION" })).GetProperty("documentTemplates");
        Assert.Equal(["VIDEO_TASK_NUMBER_FILE_SAMPLE"], basic.EnumerateArray().Select(d => d.GetProperty("kind").GetString()).Where(k => k!.Contains("SAMPLE")));
    }

    [Fact]
    public async Task An_admin_uploads_replaces_and_removes_a_letter_every_tenant_downloads()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("docs-letter"));
        var client = _host.As(tenant.Key);
        var admin = _host.Admin();

        var first = TestFiles.Pdf(900);
        var uploaded = await UploadAsync(admin, "SERVICE_NUMBER", "HUAWEI_AUTHORIZATION", first, "华为智能信息授权书.pdf");
        uploaded.AssertNoErrors();
        var document = uploaded.GetProperty("documentTemplate");
        Assert.Equal(("华为智能信息授权书.pdf", "application/pdf", 900L, false), (document.GetProperty("fileName").GetString(),
            document.GetProperty("contentType").GetString(), document.GetProperty("size").GetInt64(), document.GetProperty("generated").GetBoolean()));
        var url = document.GetProperty("downloadUrl").GetString()!;
        Assert.Contains(Kinds(await client.QueryAsync(List, new { area = "SERVICE_NUMBER" })), k => k == "HUAWEI_AUTHORIZATION");
        Assert.Equal(first, await client.Http.GetByteArrayAsync(url));

        var second = TestFiles.Pdf(1200);
        (await UploadAsync(admin, "SERVICE_NUMBER", "HUAWEI_AUTHORIZATION", second, "授权书-v2.pdf")).AssertNoErrors();
        Assert.Equal(second, await client.Http.GetByteArrayAsync(url));
        Assert.Single(Kinds(await client.QueryAsync(List, new { area = "SERVICE_NUMBER" })), k => k == "HUAWEI_AUTHORIZATION");

        var blobs = _host.BlobCount();
        (await admin.MutateAsync("removeDocumentTemplate", "{area: SERVICE_NUMBER, kind: HUAWEI_AUTHORIZATION}", "documentTemplate { kind }")).AssertNoErrors();
        Assert.Equal(blobs - 1, _host.BlobCount());
        Assert.DoesNotContain(Kinds(await client.QueryAsync(List, new { area = "SERVICE_NUMBER" })), k => k == "HUAWEI_AUTHORIZATION");
        using var gone = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var again = await admin.TryMutateAsync("removeDocumentTemplate", "{area: SERVICE_NUMBER, kind: HUAWEI_AUTHORIZATION}", "documentTemplate { kind }");
        Assert.Equal("NotFoundError", again.ErrorType());
    }

    [Fact]
    public async Task Refused_uploads_store_nothing_and_tenants_cannot_upload()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("docs-refused"));
        var admin = _host.Admin();
        var blobs = _host.BlobCount();

        var notOffered = await UploadAsync(admin, "SERVICE_NUMBER", "PORT_CUSTOMER_REGISTRATION_FORM", TestFiles.Pdf(), "form.pdf");
        Assert.Equal(("ValidationError", "kind"), (notOffered.ErrorType(), notOffered.ErrorField()));
        var generated = await UploadAsync(admin, "SMART_MESSAGE", "SMART_TASK_NUMBER_FILE_SAMPLE", TestFiles.Pdf(), "sample.pdf");
        Assert.Equal(("ValidationError", "kind"), (generated.ErrorType(), generated.ErrorField()));
        var notPdf = await UploadAsync(admin, "SMART_MESSAGE", "MATERIAL_COMMITMENT_LETTER", TestFiles.Executable(), "letter.pdf");
        Assert.Equal(("ValidationError", "file"), (notPdf.ErrorType(), notPdf.ErrorField()));
        Assert.Equal(blobs, _host.BlobCount());

        var byTenant = await GraphQLUploads.SendAsync(_host.CreateClient(tenant.Key), GraphQLUploads.Build(Upload, new { area = "SMART_MESSAGE", kind = "MATERIAL_COMMITMENT_LETTER", file = (object?)null },
            new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", TestFiles.Pdf(), "letter.pdf")]));
        Assert.True(byTenant.HasErrors, byTenant.Body.ToString());
        Assert.Equal(blobs, _host.BlobCount());
        Assert.DoesNotContain(Kinds(await _host.As(tenant.Key).QueryAsync(List, new { area = "SMART_MESSAGE" })), k => k == "MATERIAL_COMMITMENT_LETTER");
    }

    [Fact]
    public async Task Downloads_need_a_credential_and_name_a_document_the_area_offers()
    {
        var tenant = await _host.CreateTenantAsync(Slugs.New("docs-http"));
        using var anonymous = await _host.CreateClient().GetAsync("/documents/SMART_MESSAGE/SMART_TASK_NUMBER_FILE_SAMPLE");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var client = _host.CreateClient(tenant.Key);
        foreach (var path in new[] { "/documents/SMART_MESSAGE/VIDEO_TASK_NUMBER_FILE_SAMPLE", "/documents/NOWHERE/SMART_TASK_NUMBER_FILE_SAMPLE", "/documents/SMART_MESSAGE/smart_task_number_file_sample" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<JsonElement> UploadAsync(GraphQLClient admin, string area, string kind, byte[] content, string fileName)
    {
        var response = await GraphQLUploads.SendAsync(admin.Http, GraphQLUploads.Build(Upload, new { area, kind, file = (object?)null },
            new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", content, fileName)]));
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("uploadDocumentTemplate");
    }

    private static IEnumerable<string?> Kinds(JsonElement data) => data.GetProperty("documentTemplates").EnumerateArray().Select(d => d.GetProperty("kind").GetString());
}
