namespace KooMessage.Platform.Features.Enterprise;

/// <summary>The enterprise's registration document (证件类型).</summary>
public enum CertificateType
{
    /// <summary>企业营业执照.</summary>
    BusinessLicense,

    /// <summary>三证合一.</summary>
    ThreeInOne,

    /// <summary>五证合一.</summary>
    FiveInOne,

    /// <summary>非盈利组织: may give its organisation code (组织机构代码) instead of a credit code.</summary>
    NonProfit,
}
