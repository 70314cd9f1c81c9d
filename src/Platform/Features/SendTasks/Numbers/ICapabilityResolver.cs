namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Decides whether a (valid, E.164) number's phone can render smart cards.</summary>
public interface ICapabilityResolver
{
    /// <summary>Prepares a check for one parse run (e.g. loads the operator's range list once).</summary>
    Task<Func<long, bool>> PrepareAsync(CancellationToken cancellationToken);
}
