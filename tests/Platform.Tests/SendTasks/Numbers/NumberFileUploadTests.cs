using System.Text;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>
/// Number files as spreadsheets and attackers write them, uploaded and parsed through the real
/// pipeline: every encoding Excel saves is read alike, and what is not text is refused at upload.
/// </summary>
public sealed class NumberFileUploadTests : IAsyncLifetime
{
    private const string Rows = "phone,order\r\n13800138000,A1\r\n+86 139 0013 9000,B2\r\nnot a number,x\r\n";

    private PlatformHost _host = null!;
    private SendTaskScenario _story = null!;

    public async Task InitializeAsync()
    {
        _host = await PlatformHost.StartAsync(PlatformHost.WithoutBackgroundWork);
        _story = await SendTaskScenario.StartAsync(_host, "numberfile");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    public static TheoryData<string> Encodings => ["UTF-8 with CRLF", "UTF-8 with LF", "UTF-8 with BOM", "UTF-16 LE with BOM", "UTF-16 BE with BOM"];

    private static byte[] Encode(string encoding) => encoding switch
    {
        "UTF-8 with CRLF" => Encoding.UTF8.GetBytes(Rows),
        "UTF-8 with BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Rows)],
        "UTF-16 LE with BOM" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Rows)],
        "UTF-16 BE with BOM" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Rows)],
        "UTF-8 with LF" => Encoding.UTF8.GetBytes(Rows.ReplaceLineEndings("\n")),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Every_encoding_and_line_ending_parses_to_the_same_numbers(string encoding)
    {
        var file = (await _story.AsTenant.UploadAsync(Encode(encoding), "numbers.csv", "NUMBER_FILE")).GetProperty("file");
        Assert.Equal("TEXT", file.GetProperty("kind").GetString());
        Assert.Equal(encoding.StartsWith("UTF-16", StringComparison.Ordinal) ? "text/plain; charset=utf-16" : "text/plain; charset=utf-8",
            file.GetProperty("contentType").GetString());

        var preview = await _story.AsTenant.QueryAsync(
            $"{{ previewSendTask(input: {_story.Input(fileId: file.GetProperty("id").GetString())}) {{ numbers {{ total invalid resolvable }} }} }}");
        var numbers = preview.GetProperty("previewSendTask").GetProperty("numbers");
        Assert.Equal((3, 1, 2), (numbers.GetProperty("total").GetInt32(), numbers.GetProperty("invalid").GetInt32(), numbers.GetProperty("resolvable").GetInt32()));
    }

    public static TheoryData<string> NotText => ["binary garbage", "text then binary", "a 10 MB line without a newline", "UTF-16 without a BOM", "a NUL byte"];

    private static (byte[] Content, string Reason) Hostile(string name)
    {
        var garbage = new byte[1024 * 1024];
        new Random(12).NextBytes(garbage);
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("13800138000,A1\n", 1000)));
        return name switch
        {
            "binary garbage" => (garbage, "unrecognised type"),
            "text then binary" => ([.. text, .. garbage], "not valid UTF-8"),
            "a 10 MB line without a newline" => (Encoding.ASCII.GetBytes(new string('1', 10 * 1024 * 1024)), "line longer than"),
            "UTF-16 without a BOM" => (Encoding.Unicode.GetBytes(Rows), "unrecognised type"),
            "a NUL byte" => ([.. text, 0x00, .. text], "control character U+0000"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(NotText))]
    public async Task What_is_not_text_throughout_is_refused_at_upload_and_leaves_no_blob(string name)
    {
        var (content, reason) = Hostile(name);
        var blobs = _host.BlobCount();
        var payload = await _story.AsTenant.UploadAsync(content, "numbers.csv", "NUMBER_FILE");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("file").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("file", error.GetProperty("field").GetString());
        Assert.Contains(reason, error.GetProperty("message").GetString());
        Assert.Equal(blobs, _host.BlobCount());
        await Eventually.TrueAsync(() => _host.SpoolFiles().Length == 0, "the request's spool files to be deleted");
    }
}
