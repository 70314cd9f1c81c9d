using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Files;

public sealed class FileQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Connection<FileRefType, StoredFile>("files")
            .Description("The tenant's uploaded files.")
            .Filter<FileFilterInputType>()
            .Sort<FileSortInputType>()
            .Authorize(TenantRoles.Workers)
            .Resolve(ctx => ctx.Db().Set<StoredFile>());
    }
}
