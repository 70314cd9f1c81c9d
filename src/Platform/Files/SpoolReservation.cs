namespace KooMessage.Platform.Files;

/// <summary>One request's share of the <see cref="SpoolBudget"/>; released when disposed (the request ends).</summary>
public sealed class SpoolReservation : IDisposable
{
    private readonly SpoolBudget _budget;
    private readonly string _principal;
    private long _held;
    private long _spooled;

    internal SpoolReservation(SpoolBudget budget, string principal)
    {
        _budget = budget;
        _principal = principal;
    }

    /// <summary>Holds at least <paramref name="bytes"/> in all (a request's announced length), or throws <see cref="SpoolBudgetExceededException"/>.</summary>
    public void Reserve(long bytes)
    {
        if (bytes <= _held)
            return;
        _budget.Add(_principal, _held, bytes - _held);
        _held = bytes;
    }

    /// <summary>Counts bytes about to be spooled; beyond what is held, the reservation grows first or the spooling stops.</summary>
    public void Spool(long bytes)
    {
        _spooled += bytes;
        Reserve(_spooled);
    }

    public void Dispose()
    {
        _budget.Release(_principal, _held);
        _held = 0;
    }
}
