namespace KooMessage.Platform.Data;

/// <summary>
/// An entity guarded by optimistic concurrency: the DbContext bumps <see cref="Version"/> on every
/// update and EF checks the original value, so two writers racing on one row cannot both win.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
