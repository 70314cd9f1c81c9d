using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberProfileType : ObjectGraphType<ServiceNumberProfile>
{
    public ServiceNumberProfileType()
    {
        Name = "ServiceNumberProfile";
        Description = "One revision of what a service number says about itself (服务号信息).";
        Field(x => x.Name).Description("服务号名称, unique on the platform.");
        Field(x => x.Remark).Description("备注名.");
        Field(x => x.Industry).Description("所属行业.");
        Field(x => x.Intro).Description("简介.");
        Field<FileRefType>("logo").Description("The square logo.").Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.LogoFileId));
        Field(x => x.SignatureAuthorization).Description("签名授权: on, every channel number with a bound channel number's signature shows it; off, only bound channel numbers do.");
        Field<FileRefType>("authorizationLetter").Description("授权书.")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.AuthorizationLetterFileId));
    }
}
