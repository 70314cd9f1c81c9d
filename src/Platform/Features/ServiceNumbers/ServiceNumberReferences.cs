using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>Resolves IDs in inputs; another tenant's object is not found, exactly like a missing one.</summary>
public static class ServiceNumberReferences
{
    public static Task<ServiceNumber> RequireServiceNumberAsync(KooMessageDbContext db, string field, string? id, CancellationToken cancellationToken)
        => RequireAsync<ServiceNumber>(db, field, id, "ServiceNumber", "service number", cancellationToken);

    public static Task<ChannelNumber> RequireChannelNumberAsync(KooMessageDbContext db, string field, string? id, CancellationToken cancellationToken)
        => RequireAsync<ChannelNumber>(db, field, id, "ChannelNumber", "channel number", cancellationToken);

    public static Task<ChannelNumberBinding> RequireBindingAsync(KooMessageDbContext db, string field, string? id, CancellationToken cancellationToken)
        => RequireAsync<ChannelNumberBinding>(db, field, id, "ChannelNumberBinding", "channel number binding", cancellationToken);

    private static Task<T> RequireAsync<T>(KooMessageDbContext db, string field, string? id, string graphTypeName, string description,
        CancellationToken cancellationToken)
        where T : Entity
        => GlobalIdLookup.RequireAsync(db.Set<T>(), field, id, graphTypeName, description, cancellationToken);
}
