using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.GraphQL.Relay;

/// <summary>
/// Base of every entity object type: implements <c>Node</c> with an opaque global <c>id</c>,
/// exposes <c>createdAt</c>/<c>updatedAt</c>, and loads by id through a per-request DataLoader over
/// <see cref="Visible"/> — the tenant filter applies, so another tenant's row is simply absent.
/// </summary>
public abstract class NodeObjectType<T> : ObjectGraphType<T>, INodeType
    where T : Entity
{
    protected NodeObjectType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global identifier.")
            .Resolve(ctx => GlobalId.Encode(name, ctx.Source.Id));
        Field(x => x.CreatedAt).Description("When it was created (UTC).");
        Field(x => x.UpdatedAt).Description("When it last changed (UTC).");
    }

    /// <summary>The rows the viewer may fetch by id. Tenant-owned entities are already tenant-filtered.</summary>
    protected virtual IQueryable<T> Visible(IResolveFieldContext context) => context.Db().Set<T>();

    public IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, Guid id)
    {
        var source = Visible(context);
        var loader = context.Loaders().Batch<Guid, T>($"{Name}.Node", async (ids, ct) =>
            await source.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct));
        return loader.Load(id).Then(entity => (object?)entity);
    }
}
