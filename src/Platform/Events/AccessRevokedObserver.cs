namespace KooMessage.Platform.Events;

/// <summary>
/// Follows the <see cref="AccessRevoked"/> topic for its owner's lifetime, re-subscribing if the bus
/// ever drops the subscription. Events published while it was dropped are lost, so it tells
/// <paramref name="onGap"/>: an owner that keeps credentials must forget them all.
/// </summary>
public sealed class AccessRevokedObserver : IObserver<AccessRevoked>, IDisposable
{
    private readonly IEventBus _bus;
    private readonly Action<AccessRevoked> _onRevoked;
    private readonly Action? _onGap;
    private readonly ILogger _logger;
    private IDisposable _subscription;
    private volatile bool _disposed;

    public AccessRevokedObserver(IEventBus bus, Action<AccessRevoked> onRevoked, ILogger logger, Action? onGap = null)
    {
        _bus = bus;
        _onRevoked = onRevoked;
        _onGap = onGap;
        _logger = logger;
        _subscription = bus.Observe<AccessRevoked>(AccessRevoked.Topic).Subscribe(this);
    }

    public void OnNext(AccessRevoked value) => _onRevoked(value);

    public void OnError(Exception error)
    {
        _logger.LogWarning(error, "The revocation subscription ended; subscribing again");
        if (_disposed)
            return;
        _subscription = _bus.Observe<AccessRevoked>(AccessRevoked.Topic).Subscribe(this);
        _onGap?.Invoke();
    }

    public void OnCompleted()
    {
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription.Dispose();
    }
}
