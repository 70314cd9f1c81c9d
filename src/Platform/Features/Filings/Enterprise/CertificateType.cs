using System.ComponentModel;

namespace KooMessage.Platform.Features.Filings;

[Description("Registration document (证件类型): BUSINESS_LICENSE 企业营业执照, THREE_IN_ONE 三证合一, FIVE_IN_ONE 五证合一, NON_PROFIT 非盈利.")]
public enum CertificateType
{
    [Description("Business licence (企业营业执照).")]
    BusinessLicense,

    [Description("Three-in-one certificate (三证合一).")]
    ThreeInOne,

    [Description("Five-in-one certificate (五证合一).")]
    FiveInOne,

    [Description("Non-profit organisation (非盈利组织): may give its organisation code (组织机构代码) instead of a credit code.")]
    NonProfit,
}
