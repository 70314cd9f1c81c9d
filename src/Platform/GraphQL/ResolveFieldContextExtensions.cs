using GraphQL;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Tenancy.Resolution;

namespace KooMessage.Platform.GraphQL;

/// <summary>Short access to the request's scoped services from a resolver.</summary>
public static class ResolveFieldContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull
        => context.RequestServices!.GetRequiredService<T>();

    public static KooMessageDbContext Db(this IResolveFieldContext context) => context.Service<KooMessageDbContext>();

    public static DataLoaderContext Loaders(this IResolveFieldContext context) => context.Service<DataLoaderContext>();

    public static Viewer Viewer(this IResolveFieldContext context) => context.Service<Viewer>();

    public static TenantContext Tenant(this IResolveFieldContext context) => context.Service<TenantContext>();

    /// <summary>The tenant this call acts in; tenant work without one (a platform principal without X-Tenant-Id) is a typed error.</summary>
    public static Guid RequireTenantId(this IResolveFieldContext context)
        => context.Tenant().TenantId ?? throw new DomainException(new PreconditionFailedError("TENANT",
            "This acts inside a tenant: use a tenant key, or send X-Tenant-Id as a platform admin."));

    public static DateTime UtcNow(this IResolveFieldContext context) => context.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
