using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// A JSON request body sent in two parts: the first is flushed to the server at once, the rest only
/// after <see cref="Release"/>, so a test can hold a request in flight on the server for as long as it needs.
/// </summary>
public sealed class HeldBackContent : HttpContent
{
    private readonly byte[] _first;
    private readonly byte[] _rest;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldBackContent(string first, string rest)
    {
        _first = Encoding.UTF8.GetBytes(first);
        _rest = Encoding.UTF8.GetBytes(rest);
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_first);
        await stream.FlushAsync();
        await _released.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await stream.WriteAsync(_rest);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
