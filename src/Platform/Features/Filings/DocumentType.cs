namespace KooMessage.Platform.Features.Filings;

/// <summary>The documents a filing may carry (DOMAIN.md "Filing").</summary>
public enum DocumentType
{
    /// <summary>智能信息素材承诺函 / 素材承诺函 (pdf).</summary>
    MaterialCommitmentLetter,

    /// <summary>签名授权函 (pdf).</summary>
    SignatureAuthorizationLetter,

    /// <summary>公司关系授权函 (pdf), needed when the signature is not the enterprise name.</summary>
    CompanyRelationshipLetter,

    /// <summary>特殊材料 (zip/rar).</summary>
    SpecialMaterials,

    /// <summary>华为智能信息授权书 (jpg/jpeg/png/bmp).</summary>
    HuaweiAuthorization,

    /// <summary>端口客户信息登记表 (pdf).</summary>
    PortCustomerRegistrationForm,

    /// <summary>视频短信承诺函 — dynamic parameters, short links, QR codes (pdf).</summary>
    VideoSmsCommitmentLetter,
}
