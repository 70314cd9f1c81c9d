using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Files;

/// <summary>
/// The bytes multipart requests may have on this instance's spool disk at once: in all
/// (<see cref="FilesOptions.MaxSpoolBytes"/>) and per principal (<see cref="FilesOptions.MaxSpoolBytesPerPrincipal"/>),
/// so one key with many parallel large uploads cannot fill the disk every tenant's uploads share.
/// A request reserves its announced length before any part is read and grows the reservation as
/// an unannounced (chunked) body spools; the reservation ends with the request.
/// </summary>
public sealed class SpoolBudget(IOptions<FilesOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _byPrincipal = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>Bytes reserved by requests in flight, for all principals.</summary>
    public long InFlightBytes
    {
        get
        {
            lock (_gate)
                return _total;
        }
    }

    /// <summary>A reservation of nothing yet for <paramref name="principal"/>; dispose it when the request ends.</summary>
    public SpoolReservation Open(string principal) => new(this, principal);

    /// <summary>Adds <paramref name="bytes"/> to a reservation already holding <paramref name="held"/>, or throws why not.</summary>
    internal void Add(string principal, long held, long bytes)
    {
        var settings = options.Value;
        var wanted = held + bytes;
        if (wanted > settings.MaxSpoolBytesPerPrincipal || wanted > settings.MaxSpoolBytes)
            throw SpoolBudgetExceededException.NeverFits(Math.Min(settings.MaxSpoolBytesPerPrincipal, settings.MaxSpoolBytes));
        lock (_gate)
        {
            var principalTotal = _byPrincipal.GetValueOrDefault(principal);
            if (principalTotal + bytes > settings.MaxSpoolBytesPerPrincipal)
                throw SpoolBudgetExceededException.PrincipalBusy(settings.MaxSpoolBytesPerPrincipal);
            if (_total + bytes > settings.MaxSpoolBytes)
                throw SpoolBudgetExceededException.ServerBusy();
            _byPrincipal[principal] = principalTotal + bytes;
            _total += bytes;
        }
    }

    internal void Release(string principal, long bytes)
    {
        if (bytes == 0)
            return;
        lock (_gate)
        {
            var left = _byPrincipal[principal] - bytes;
            if (left == 0)
                _byPrincipal.Remove(principal);
            else
                _byPrincipal[principal] = left;
            _total -= bytes;
        }
    }
}
