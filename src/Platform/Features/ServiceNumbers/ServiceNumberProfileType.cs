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
        Field<NonNullGraphType<StringGraphType>>("name").Description("服务号名称, unique on the platform.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("remark").Description("备注名.").Resolve(c => c.Source.Remark);
        Field<NonNullGraphType<ServiceNumberIndustryType>>("industry").Description("所属行业.").Resolve(c => c.Source.Industry);
        Field<NonNullGraphType<StringGraphType>>("intro").Description("简介.").Resolve(c => c.Source.Intro);
        Field<FileRefType>("logo").Description("The square logo.").Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.LogoFileId));
        Field<NonNullGraphType<BooleanGraphType>>("signatureAuthorization")
            .Description("签名授权: on, every channel number with a bound channel number's signature shows it; off, only bound channel numbers do.")
            .Resolve(c => c.Source.SignatureAuthorization);
        Field<FileRefType>("authorizationLetter").Description("授权书.")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.AuthorizationLetterFileId));
    }
}
