using System.Runtime.CompilerServices;
using System.Text;
using GraphQL;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// The JSON of a subscription result, serialised once however many subscribers receive that result
/// object (a shared stream hands every subscriber the same one). Kept only while the result lives.
/// </summary>
public sealed class SerializedResults(IGraphQLTextSerializer serializer)
{
    private readonly ConditionalWeakTable<ExecutionResult, byte[]> _utf8 = new();

    public byte[] Utf8(ExecutionResult result) => _utf8.GetValue(result, r => Encoding.UTF8.GetBytes(serializer.Serialize(r)));

    /// <summary>The result's JSON between a transport's framing: what each subscriber's socket or stream is sent.</summary>
    public byte[] Framed(ReadOnlySpan<byte> head, ExecutionResult result, ReadOnlySpan<byte> tail)
    {
        var payload = Utf8(result);
        var frame = new byte[head.Length + payload.Length + tail.Length];
        head.CopyTo(frame);
        payload.CopyTo(frame.AsSpan(head.Length));
        tail.CopyTo(frame.AsSpan(head.Length + payload.Length));
        return frame;
    }
}
