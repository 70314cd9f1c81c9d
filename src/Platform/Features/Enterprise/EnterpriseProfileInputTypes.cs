using GraphQL.Types;

namespace KooMessage.Platform.Features.Enterprise;

public sealed class SaveEnterpriseProfileInputType : InputObjectGraphType<SaveEnterpriseProfileInput>
{
    public SaveEnterpriseProfileInputType()
    {
        Name = "SaveEnterpriseProfileInput";
        Field(x => x.Name).Description("Registered enterprise name, 1–100 characters.");
        Field(x => x.CertificateType).Description("Registration document type.");
        Field(x => x.CreditCode).Description("Unified social credit code (18 characters, checked), or a non-profit's organisation code.");
        Field(x => x.ContactName).Description("Contact person, 1–30 characters.");
        Field(x => x.ContactPhone).Description("Contact mobile number.");
        Field(x => x.ContactEmail).Description("Contact e-mail.");
        Field(x => x.EnterpriseType).Description("Kind of enterprise.");
        Field(x => x.Industry).Description("Industry, 1–50 characters.");
        Field(x => x.BusinessLicenseFileId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An uploaded IMAGE file (jpg/png) of the business licence.");
    }
}
