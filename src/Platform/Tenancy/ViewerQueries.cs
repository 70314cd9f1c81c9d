using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;

namespace KooMessage.Platform.Tenancy;

public sealed class ViewerQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who is calling and in which tenant; answers anonymous callers too.")
            .Public()
            .Resolve(c => c.Viewer());
    }
}
