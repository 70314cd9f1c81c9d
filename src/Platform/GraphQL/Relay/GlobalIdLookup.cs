using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.GraphQL.Relay;

/// <summary>
/// Resolves a global ID from an input to a row of <paramref name="source"/>. An ID of another type,
/// a missing row and a row the source filters out (another tenant's) all end the same way: a
/// <see cref="NotFoundError"/> naming the input field.
/// </summary>
public static class GlobalIdLookup
{
    public static async Task<T> RequireAsync<T>(IQueryable<T> source, string field, string? id, string graphTypeName, string what,
        CancellationToken cancellationToken)
        where T : Entity
    {
        var found = GlobalId.TryDecode(id, graphTypeName, out var key)
            ? await source.FirstOrDefaultAsync(e => e.Id == key, cancellationToken)
            : null;
        return found ?? throw new DomainException(NotFoundError.For(field, id, what));
    }
}
