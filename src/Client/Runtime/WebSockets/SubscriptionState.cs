using System.Threading.Channels;

namespace KooMessage.Client.Runtime.WebSockets;

/// <summary>One active subscription: its id, its serialized request and the channel its consumer reads.</summary>
internal sealed class SubscriptionState(string id, byte[] request)
{
    public string Id { get; } = id;

    public byte[] Request { get; } = request;

    public Channel<SubscriptionMessage> Messages { get; } = Channel.CreateUnbounded<SubscriptionMessage>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The connection the subscribe message went out on; guarded by the transport's lock.</summary>
    public TransportWsConnection? SentOn { get; set; }

    /// <summary>Set when the server sent complete or error: no client complete is due then.</summary>
    public bool CompletedByServer { get; set; }
}
