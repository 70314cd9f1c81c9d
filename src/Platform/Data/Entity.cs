namespace KooMessage.Platform.Data;

/// <summary>
/// Base of every stored entity. Keys are version-7 GUIDs: unguessable across tenants, yet
/// time-ordered so inserts stay index-friendly and a tie-break on Id follows creation order.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Set by the DbContext on insert (UTC).</summary>
    public DateTime CreatedAt { get; internal set; }

    /// <summary>Set by the DbContext on every insert and update (UTC).</summary>
    public DateTime UpdatedAt { get; internal set; }
}
