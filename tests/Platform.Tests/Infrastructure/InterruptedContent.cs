using System.Net;
using System.Net.Http.Headers;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// A request body of which only the first <c>cut</c> bytes are sent (and flushed); the rest never
/// comes. The request then hangs until <see cref="Abort"/> cuts the connection, as a client that
/// crashes or gives up mid-upload does, or until the server goes away.
/// </summary>
public sealed class InterruptedContent : HttpContent
{
    private readonly byte[] _body;
    private readonly int _cut;
    private readonly TaskCompletionSource _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public InterruptedContent(byte[] body, int cut, MediaTypeHeaderValue? contentType)
    {
        _body = body;
        _cut = cut;
        Headers.ContentType = contentType;
    }

    public void Abort() => _aborted.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_body.AsMemory(0, _cut));
        await stream.FlushAsync();
        await _aborted.Task.WaitAsync(TimeSpan.FromMinutes(2));
        throw new IOException("The client gave up mid-body.");
    }

    protected override bool TryComputeLength(out long length)
    {
        // The full length is announced, so the server waits for bytes that never come.
        length = _body.Length;
        return true;
    }
}
