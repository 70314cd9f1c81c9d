using System.Threading.Channels;

namespace KooMessage.Client.Tests.Runtime;

/// <summary>An observer a test can await: values, errors and completion go through a channel.</summary>
internal sealed class ChannelObserver<T> : IObserver<T>
{
    public Channel<T> Values { get; } = Channel.CreateUnbounded<T>();

    public void OnCompleted() => Values.Writer.TryComplete();

    public void OnError(Exception error) => Values.Writer.TryComplete(error);

    public void OnNext(T value) => Values.Writer.TryWrite(value);
}
