using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.GraphQL.Relay;

/// <summary>
/// The one way an input's global ID becomes a row. An ID of another type, a missing row and a row the
/// source filters out (another tenant's) all end the same way: a <see cref="NotFoundError"/> naming the
/// input field.
/// </summary>
public static class GlobalIdLookup
{
    /// <param name="source">Where to look: a DbSet (tenant-filtered) or a narrower or wider query.</param>
    /// <param name="field">The input field the ID came from, as the client wrote it (e.g. <c>documents[0].fileId</c>).</param>
    public static Task<T> RequireAsync<T>(this IQueryable<T> source, string field, string? id, CancellationToken cancellationToken)
        where T : Entity, INodeEntity
        => source.RequireAsync(field, id, T.GraphTypeName, T.Noun, cancellationToken);

    /// <summary>For an entity shown as more than one graph type (a send task of each kind): the ID names the graph type.</summary>
    public static async Task<T> RequireAsync<T>(this IQueryable<T> source, string field, string? id, string graphTypeName, string noun,
        CancellationToken cancellationToken)
        where T : Entity
    {
        var found = GlobalId.TryDecode(id, graphTypeName, out var key)
            ? await source.FirstOrDefaultAsync(e => e.Id == key, cancellationToken)
            : null;
        return found ?? throw new DomainException(NotFoundError.For(field, id, noun));
    }
}
