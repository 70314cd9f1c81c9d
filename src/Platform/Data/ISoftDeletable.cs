namespace KooMessage.Platform.Data;

/// <summary>
/// An entity a tenant can delete. Deleting leaves a tombstone: the row stays (so review history,
/// recipients, clicks and reports that point at it stay readable) with <see cref="DeletedAt"/> set,
/// and the DbContext's query filter hides it from every ordinary query, as if it were gone. Unique
/// indexes of such entities cover live rows only (<see cref="LiveRowsFilter"/>), so a deleted name,
/// number or slot can be taken again.
/// </summary>
public interface ISoftDeletable
{
    /// <summary>SQL of the filter of a unique index over live rows; the same text works on every provider.</summary>
    public const string LiveRowsFilter = "\"DeletedAt\" IS NULL";

    /// <summary>When the tenant deleted it (UTC); null while it exists.</summary>
    DateTime? DeletedAt { get; set; }
}
