using System.Text;
using Microsoft.Net.Http.Headers;

namespace KooMessage.Platform.Http;

/// <summary>
/// Starts a CSV download: <c>text/csv</c> as an attachment named <paramref name="fileName"/>, the UTF-8
/// byte-order mark first (so spreadsheets read Chinese text), then the header line if given. The returned writer
/// writes UTF-8 straight to the response; flush it now and then so a long export streams.
/// </summary>
public static class CsvResponse
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<StreamWriter> StartAsync(HttpContext context, string fileName, string? header = null)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), context.RequestAborted);
        var writer = new StreamWriter(context.Response.Body, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        if (header is not null)
            await writer.WriteLineAsync(header);
        return writer;
    }
}
