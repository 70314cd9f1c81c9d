using KooMessage.Platform.Data;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// One task's progress for a subscriber: the current state first, then at most one update per
/// <see cref="SendTaskSubscriptions.Throttle"/> (the latest wins; bursts collapse), and completion right
/// after the state that ends the task.
/// </summary>
public sealed class ProgressStream : IObservable<SendTaskProgressed>
{
    private readonly IObservable<SendTaskProgressed> _events;
    private readonly SendTask _task;
    private readonly Guid _tenantId;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;

    public ProgressStream(IObservable<SendTaskProgressed> events, SendTask task, Guid tenantId, IServiceScopeFactory scopes, TimeProvider clock)
    {
        _events = events;
        _task = task;
        _tenantId = tenantId;
        _scopes = scopes;
        _clock = clock;
    }

    public IDisposable Subscribe(IObserver<SendTaskProgressed> observer)
    {
        var subscription = new Subscription(this, observer);
        subscription.Start();
        return subscription;
    }

    private sealed class Subscription(ProgressStream stream, IObserver<SendTaskProgressed> observer) : IObserver<SendTaskProgressed>, IDisposable
    {
        private readonly Lock _lock = new();
        private readonly SendTaskProgressed _event = new(stream._task.Id, stream._tenantId);
        private IDisposable? _source;
        private ITimer? _timer;
        private bool _pending;
        private bool _emitting;
        private bool _done;

        public void Start()
        {
            if (stream._task.IsTerminal)
            {
                observer.OnNext(_event);
                observer.OnCompleted();
                _done = true;
                return;
            }
            _source = stream._events.Subscribe(this);
            _timer = stream._clock.CreateTimer(_ => _ = EmitAsync(), null, TimeSpan.Zero, SendTaskSubscriptions.Throttle);
            _pending = true;
        }

        public void OnNext(SendTaskProgressed value)
        {
            if (value.TaskId != stream._task.Id || value.TenantId != stream._tenantId)
                return;
            lock (_lock)
                _pending = true;
        }

        public void OnError(Exception error)
        {
            lock (_lock)
            {
                if (_done)
                    return;
                _done = true;
            }
            observer.OnError(error);
            Dispose();
        }

        public void OnCompleted() => OnError(new InvalidOperationException("The event stream ended."));

        /// <summary>Timer tick: if something changed since the last tick, tell the subscriber; end after a final state.</summary>
        private async Task EmitAsync()
        {
            lock (_lock)
            {
                if (!_pending || _emitting || _done)
                    return;
                _pending = false;
                _emitting = true;
            }
            try
            {
                var terminal = await IsTerminalAsync();
                lock (_lock)
                {
                    if (_done)
                        return;
                    if (terminal)
                        _done = true;
                }
                observer.OnNext(_event);
                if (terminal)
                {
                    observer.OnCompleted();
                    Dispose();
                }
            }
            catch (Exception ex)
            {
                OnError(ex);
            }
            finally
            {
                lock (_lock)
                    _emitting = false;
            }
        }

        private async Task<bool> IsTerminalAsync()
        {
            await using var scope = stream._scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(stream._tenantId);
            var status = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SendTask>()
                .Where(t => t.Id == stream._task.Id).Select(t => t.Status).FirstAsync();
            return SendTask.IsTerminalStatus(status);
        }

        public void Dispose()
        {
            _source?.Dispose();
            _timer?.Dispose();
        }
    }
}
