using GraphQL.Types;

namespace KooMessage.Platform.Features.Enterprise;

public sealed class CertificateTypeType : EnumerationGraphType<CertificateType>
{
    public CertificateTypeType()
    {
        Name = nameof(CertificateType);
        Description = "Registration document (证件类型): BUSINESS_LICENSE 企业营业执照, THREE_IN_ONE 三证合一, FIVE_IN_ONE 五证合一, NON_PROFIT 非盈利.";
    }
}
