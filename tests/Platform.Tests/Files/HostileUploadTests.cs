using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Files;

/// <summary>
/// Uploads as an attacker sends them, through the real HTTP pipeline: compression bombs, broken or
/// abusive multipart bodies, hostile file names, a client that walks away mid-body. Every refusal is
/// a payload error or a 4xx with a code, and leaves no blob and no spool file behind.
/// </summary>
public sealed class HostileUploadTests : IAsyncLifetime
{
    private PlatformHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await PlatformHost.StartAsync();
        _http = _host.CreateClient((await _host.CreateTenantAsync(Slugs.New("hostile"))).Key);
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    /// <summary>Sends a request that must be refused, and checks it stored nothing and its spool files went with it.</summary>
    private async Task<GraphQLResponse> SendRefusedAsync(HttpContent content)
    {
        var blobs = _host.BlobCount();
        var response = await GraphQLUploads.SendAsync(_http, content);
        Assert.Equal(blobs, _host.BlobCount());
        await Eventually.TrueAsync(() => _host.SpoolFiles().Length == 0, "the request's spool files to be deleted");
        return response;
    }

    private static HttpContent Upload(byte[] content, string fileName, string purpose) => GraphQLUploads.Build(GraphQLUploads.UploadMutation,
        new { file = (object?)null, purpose }, new Dictionary<string, string> { ["0"] = "variables.file" }, [("0", content, fileName)]);

    public static TheoryData<string> Bombs => ["high-ratio.zip", "42.zip", "renamed-nested.zip", "high-ratio.rar"];

    private static byte[] Bomb(string name) => name switch
    {
        "high-ratio.zip" => TestArchives.ZerosBomb(150L * 1024 * 1024),
        "42.zip" => TestArchives.Recursive(depth: 4),
        "renamed-nested.zip" => TestArchives.Zip(("invoice.pdf", TestArchives.ZerosBomb(50L * 1024 * 1024))),
        "high-ratio.rar" => TestArchives.Rar(("big.bin", new byte[1000], 4_000_000_000)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task Compression_bombs_as_special_materials_get_a_validation_error_and_leave_nothing(string name)
    {
        var response = await SendRefusedAsync(Upload(Bomb(name), name, "SPECIAL_MATERIALS"));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var payload = response.Data.GetProperty("uploadFile");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("file").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("file", error.GetProperty("field").GetString());
        Assert.Matches("compression bomb|another archive", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Ordinary_special_materials_are_still_accepted()
    {
        var client = new GraphQLClient(_http);
        var zip = await client.UploadAsync(TestArchives.Zip(("承诺函.pdf", TestFiles.Pdf(5000)), ("licence.png", TestFiles.Png())), "materials.zip", "SPECIAL_MATERIALS");
        Assert.Equal("ZIP", zip.GetProperty("file").GetProperty("kind").GetString());
        var rar = await client.UploadAsync(TestArchives.Rar(("readme.txt", "materials"u8.ToArray(), 9)), "materials.rar", "SPECIAL_MATERIALS");
        Assert.Equal("RAR", rar.GetProperty("file").GetProperty("kind").GetString());
    }

    public static TheoryData<string> MalformedRequests =>
    [
        "file before operations", "map before operations", "no map", "no operations", "no parts", "map names a part never sent",
        "a part the map does not name", "two parts fill one variable", "one part fills one variable twice", "a part sent twice",
        "map is not JSON", "map is an array", "map is null", "map value is a string", "map value is null", "map path is null",
        "map path is a number", "map path outside variables", "map path into nothing", "operations is not JSON", "operations is null",
        "operations is a batch", "operations without a query", "a file part without a file name", "part headers over 16 KB",
        "no boundary", "body cut off before the closing boundary",
    ];

    private static HttpContent Malformed(string name)
    {
        var operations = GraphQLUploads.OperationsPart();
        var map = GraphQLUploads.MapPart("""{"0":["variables.file"]}""");
        var file = GraphQLUploads.FilePart("0", "a.pdf", TestFiles.Pdf());
        var file1 = GraphQLUploads.FilePart("1", "b.pdf", TestFiles.Pdf());
        var raw = name switch
        {
            "file before operations" => GraphQLUploads.Raw(file, operations, map),
            "map before operations" => GraphQLUploads.Raw(map, operations, file),
            "no map" => GraphQLUploads.Raw(operations, file),
            "no operations" => GraphQLUploads.Raw(map, file),
            "no parts" => GraphQLUploads.Raw(),
            "map names a part never sent" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":["variables.file"],"1":["variables.purpose"]}"""), file),
            "a part the map does not name" => GraphQLUploads.Raw(operations, map, file, file1),
            "two parts fill one variable" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":["variables.file"],"1":["variables.file"]}"""), file, file1),
            "one part fills one variable twice" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":["variables.file","variables.file"]}"""), file),
            "a part sent twice" => GraphQLUploads.Raw(operations, map, file, file),
            "map is not JSON" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("{"), file),
            "map is an array" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""[["variables.file"]]"""), file),
            "map is null" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("null"), file),
            "map value is a string" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":"variables.file"}"""), file),
            "map value is null" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":null}"""), file),
            "map path is null" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":[null]}"""), file),
            "map path is a number" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":[7]}"""), file),
            "map path outside variables" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":["query"]}"""), file),
            "map path into nothing" => GraphQLUploads.Raw(operations, GraphQLUploads.MapPart("""{"0":["variables.file.deeper.0"]}"""), file),
            "operations is not JSON" => GraphQLUploads.Raw(("name=\"operations\"", "{"u8.ToArray()), map, file),
            "operations is null" => GraphQLUploads.Raw(("name=\"operations\"", "null"u8.ToArray()), map, file),
            "operations is a batch" => GraphQLUploads.Raw(("name=\"operations\"", [.. "["u8, .. operations.Content, .. "]"u8]), map, file),
            "operations without a query" => GraphQLUploads.Raw(("name=\"operations\"", """{"variables":{"file":null}}"""u8.ToArray()), map, file),
            "a file part without a file name" => GraphQLUploads.Raw(operations, map, ("name=\"0\"", TestFiles.Pdf())),
            "part headers over 16 KB" => GraphQLUploads.Raw(operations, map, GraphQLUploads.FilePart("0", new string('a', 20 * 1024) + ".pdf", TestFiles.Pdf())),
            "no boundary" => WithContentType(GraphQLUploads.Raw(operations, map, file), "multipart/form-data"),
            "body cut off before the closing boundary" => CutOff(GraphQLUploads.Raw(operations, map, file), bytes: 100),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return raw;
    }

    private static HttpContent WithContentType(HttpContent content, string contentType)
    {
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static HttpContent CutOff(HttpContent content, int bytes)
    {
        var body = content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        var cut = new ByteArrayContent(body[..^bytes]);
        cut.Headers.ContentType = content.Headers.ContentType;
        return cut;
    }

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task Malformed_multipart_requests_get_400_with_a_code_and_leave_nothing(string name)
    {
        var response = await SendRefusedAsync(Malformed(name));
        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{name}: {(int)response.Status} {response.Body}");
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task One_file_part_may_fill_several_variables_as_the_spec_allows()
    {
        const string twice = """
            mutation($a: Upload!, $b: Upload!) {
              first: uploadFile(input: {file: $a, purpose: LETTER}) { file { sha256 } errors { __typename } }
              second: uploadFile(input: {file: $b, purpose: LETTER}) { file { sha256 } errors { __typename } }
            }
            """;
        var blobs = _host.BlobCount();
        var response = await GraphQLUploads.SendAsync(_http, GraphQLUploads.Raw(
            ("name=\"operations\"", JsonSerializer.SerializeToUtf8Bytes(new { query = twice, variables = new { a = (object?)null, b = (object?)null, list = new object?[] { null, new { deep = new object?[] { null } } } } })),
            GraphQLUploads.MapPart("""{"0":["variables.a","variables.b","variables.list.0","variables.list.1.deep.0"]}"""),
            GraphQLUploads.FilePart("0", "letter.pdf", TestFiles.Pdf())));
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(response.Data.GetProperty("first").GetProperty("file").GetProperty("sha256").GetString(),
            response.Data.GetProperty("second").GetProperty("file").GetProperty("sha256").GetString());
        Assert.Equal(blobs + 2, _host.BlobCount());
        await Eventually.TrueAsync(() => _host.SpoolFiles().Length == 0, "the request's spool files to be deleted");
    }

    public static TheoryData<string> HostileFileNames => ["parent folders", "windows parent folders", "encoded parent folders", "a NUL byte", "10 KB long"];

    /// <summary>The Content-Disposition file name parameter of each case, and the display name it must be stored as.</summary>
    private static (string Parameter, string Stored) FileName(string name) => name switch
    {
        "parent folders" => ("filename=\"../../../../etc/passwd.pdf\"", "passwd.pdf"),
        "windows parent folders" => ("filename=\"..\\..\\windows\\boot.pdf\"", "boot.pdf"),
        "encoded parent folders" => ("filename*=utf-8''..%2F..%2Fescape.pdf", "escape.pdf"),
        "a NUL byte" => ("filename=\"nul\0byte.pdf\"", "nulbyte.pdf"),
        "10 KB long" => ($"filename=\"{new string('a', 10 * 1024)}.pdf\"", new string('a', 200)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(HostileFileNames))]
    public async Task Hostile_file_names_are_kept_only_as_bare_display_names(string name)
    {
        var (parameter, stored) = FileName(name);
        var response = await GraphQLUploads.SendAsync(_http, GraphQLUploads.Raw(GraphQLUploads.OperationsPart(),
            GraphQLUploads.MapPart("""{"0":["variables.file"]}"""), ($"name=\"0\"; {parameter}", TestFiles.Pdf())));
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(stored, response.Data.GetProperty("uploadFile").GetProperty("file").GetProperty("name").GetString());
        // The name is display text only: blobs are named by their generated key, nothing by the client.
        Assert.DoesNotContain(Directory.GetFiles(_host.StoragePath, "*", SearchOption.AllDirectories), f => Path.GetFileName(f) == stored);
    }

    [Fact]
    public async Task A_number_file_larger_than_kestrels_default_body_limit_is_accepted_up_to_the_files_limit()
    {
        var rows = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("13800138000\n", 3_000_000)));
        var payload = await new GraphQLClient(_http).UploadAsync(rows, "numbers.csv", "NUMBER_FILE");
        Assert.Equal(rows.Length, payload.GetProperty("file").GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task A_client_that_aborts_mid_body_leaves_no_spool_file_and_no_blob()
    {
        var body = await GraphQLUploads.Raw(GraphQLUploads.OperationsPart("NUMBER_FILE"), GraphQLUploads.MapPart("""{"0":["variables.file"]}"""),
            GraphQLUploads.FilePart("0", "numbers.csv", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("13800138000\n", 400_000))))).ReadAsByteArrayAsync();
        var blobs = _host.BlobCount();
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(_host.BaseAddress.Host, _host.BaseAddress.Port);
            var stream = socket.GetStream();
            var key = _http.DefaultRequestHeaders.Authorization!.Parameter;
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"POST /graphql HTTP/1.1\r\nHost: {_host.BaseAddress.Authority}\r\nAuthorization: Bearer {key}\r\nGraphQL-Preflight: 1\r\n"
                + $"Content-Type: multipart/form-data; boundary=koomessage-test-boundary\r\nContent-Length: {body.Length}\r\n\r\n"));
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
            await stream.FlushAsync();
            await Eventually.TrueAsync(() => _host.SpoolFiles().Length == 1, "the file part to be spooled");
            // Reset rather than close: the connection ends the way a killed client's does.
            socket.Client.LingerState = new LingerOption(true, 0);
        }
        await Eventually.TrueAsync(() => _host.SpoolFiles().Length == 0, "the aborted request's spool file to be deleted");
        Assert.Equal(blobs, _host.BlobCount());
    }
}
