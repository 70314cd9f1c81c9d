using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberHomepageType : ReviewableObjectType<ServiceNumberHomepage>
{
    public ServiceNumberHomepageType() : base("ServiceNumberHomepage", "One revision of a service number's homepage (主页), reviewed as a whole.")
    {
        Field(x => x.Revision).Description("1 for the first revision, then 2, 3…");
        Field<ServiceNumberType>("serviceNumber").Description("The service number it belongs to.")
            .Resolve(c => EntityLoaders.ById<ServiceNumber>(c).Load(c.Source.ServiceNumberId));
        Field<FileRefType>("backgroundImage").Description("The 16:9 background image.")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.BackgroundImageFileId));
        Field(x => x.Intro).Description("简介.");
        Field(x => x.Hotlines).Description("服务热线 (at most 5).");
        Field(x => x.QuickApps).Description("快应用 (at most 10).");
    }
}
