using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Filings;

public sealed class EnterpriseProfileType : NodeObjectType<EnterpriseProfile>
{
    public EnterpriseProfileType() : base("EnterpriseProfile", "The enterprise's company information (企业信息), shared by all filings.")
    {
        Field(x => x.Name).Description("Registered enterprise name (企业名称).");
        Field(x => x.CertificateType).Description("Registration document type (证件类型).");
        Field(x => x.CreditCode).Description("Unified social credit code (统一社会信用代码), or organisation code for non-profits.");
        Field(x => x.ContactName).Description("Contact person (联系人).");
        Field(x => x.ContactPhone).Description("Contact phone: a mobile number in E.164 (+86…) or a landline as area-local (010-12345678).");
        Field(x => x.ContactEmail).Description("Contact e-mail.");
        Field(x => x.EnterpriseType).Description("Kind of enterprise (企业类型).");
        Field(x => x.Industry).Description("Industry (所属行业).");
        Field<FileRefType>("businessLicense").Description("The business licence image (营业执照).")
            .Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.BusinessLicenseFileId));
    }
}
