using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Enterprise;

public sealed class EnterpriseProfileType : NodeObjectType<EnterpriseProfile>
{
    public EnterpriseProfileType() : base("EnterpriseProfile", "The enterprise's company information (企业信息), shared by all filings.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("Registered enterprise name (企业名称).").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<CertificateTypeType>>("certificateType").Description("Registration document type (证件类型).").Resolve(c => c.Source.CertificateType);
        Field<NonNullGraphType<StringGraphType>>("creditCode").Description("Unified social credit code (统一社会信用代码), or organisation code for non-profits.").Resolve(c => c.Source.CreditCode);
        Field<NonNullGraphType<StringGraphType>>("contactName").Description("Contact person (联系人).").Resolve(c => c.Source.ContactName);
        Field<NonNullGraphType<StringGraphType>>("contactPhone").Description("Contact mobile number, E.164.").Resolve(c => c.Source.ContactPhone);
        Field<NonNullGraphType<StringGraphType>>("contactEmail").Description("Contact e-mail.").Resolve(c => c.Source.ContactEmail);
        Field<NonNullGraphType<EnterpriseTypeType>>("enterpriseType").Description("Kind of enterprise (企业类型).").Resolve(c => c.Source.EnterpriseType);
        Field<NonNullGraphType<StringGraphType>>("industry").Description("Industry (所属行业).").Resolve(c => c.Source.Industry);
        Field<FileRefType>("businessLicense").Description("The business licence image (营业执照).")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.BusinessLicenseFileId));
    }
}
