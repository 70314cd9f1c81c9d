using System.ComponentModel;

namespace KooMessage.Platform.Features.Filings;

[Description("Filing documents: MATERIAL_COMMITMENT_LETTER 素材承诺函 (pdf), SIGNATURE_AUTHORIZATION_LETTER 签名授权函 (pdf), COMPANY_RELATIONSHIP_LETTER 公司关系授权函 (pdf), SPECIAL_MATERIALS 特殊材料 (zip/rar), HUAWEI_AUTHORIZATION 华为智能信息授权书 (jpg/png/bmp), PORT_CUSTOMER_REGISTRATION_FORM 端口客户信息登记表 (pdf), VIDEO_SMS_COMMITMENT_LETTER_DYNAMIC_PARAMETERS / _SHORT_LINK / _QR_CODE 视频短信承诺函 (动参/短链/二维码, pdf).")]
public enum DocumentType
{
    [Description("Material commitment letter (智能信息素材承诺函 / 素材承诺函), pdf.")]
    MaterialCommitmentLetter,

    [Description("Signature authorisation letter (签名授权函), pdf.")]
    SignatureAuthorizationLetter,

    [Description("Company relationship authorisation letter (公司关系授权函), pdf; needed when the signature is not the enterprise name.")]
    CompanyRelationshipLetter,

    [Description("Special materials (特殊材料), zip or rar.")]
    SpecialMaterials,

    [Description("Huawei smart-message authorisation (华为智能信息授权书), jpg/jpeg, png or bmp.")]
    HuaweiAuthorization,

    [Description("Port customer registration form (端口客户信息登记表), pdf.")]
    PortCustomerRegistrationForm,

    [Description("Video SMS commitment letter for dynamic parameters (视频短信承诺函-动参), pdf: needed to send video templates with placeholders #p_n#.")]
    VideoSmsCommitmentLetterDynamicParameters,

    [Description("Video SMS commitment letter for short links (视频短信承诺函-短链), pdf: needed to send video templates whose texts carry links.")]
    VideoSmsCommitmentLetterShortLink,

    [Description("Video SMS commitment letter for QR codes (视频短信承诺函-二维码), pdf: needed to send video templates declared to contain a QR code.")]
    VideoSmsCommitmentLetterQrCode,
}
