using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberMenuType : ReviewableObjectType<ServiceNumberMenu>
{
    public ServiceNumberMenuType() : base("ServiceNumberMenu", "One revision of a service number's two-level menu, reviewed as a whole.")
    {
        Field(x => x.Revision).Description("1 for the first revision, then 2, 3…");
        Field<ServiceNumberType>("serviceNumber").Description("The service number it belongs to.")
            .Resolve(c => EntityLoaders.ById<ServiceNumber>(c).Load(c.Source.ServiceNumberId));
        Field(x => x.Items).Description("The top-level items (0–3).");
    }
}
