using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

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

    private static async Task<T> RequireAsync<T>(KooMessageDbContext db, string field, string? id, string graphTypeName, string description,
        CancellationToken cancellationToken)
        where T : Entity
    {
        var found = GlobalId.TryDecode(id, graphTypeName, out var key)
            ? await db.Set<T>().FirstOrDefaultAsync(e => e.Id == key, cancellationToken)
            : null;
        return found ?? throw new DomainException(NotFoundError.For(field, id, description));
    }
}
