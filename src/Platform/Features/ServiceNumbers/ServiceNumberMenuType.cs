using GraphQL.Types;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberMenuType : ReviewableObjectType<ServiceNumberMenu>
{
    public ServiceNumberMenuType() : base("ServiceNumberMenu", "One revision of a service number's two-level menu, reviewed as a whole.")
    {
        Field<NonNullGraphType<IntGraphType>>("revision").Description("1 for the first revision, then 2, 3…").Resolve(c => c.Source.Revision);
        Field<ServiceNumberType>("serviceNumber").Description("The service number it belongs to.")
            .Resolve(c => EntityLoaders.ById<ServiceNumber>(c).Load(c.Source.ServiceNumberId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MenuItemType>>>>("items").Description("The top-level items (0–3).")
            .Resolve(c => c.Source.Items);
    }
}
