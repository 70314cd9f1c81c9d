using GraphQL.Types;

namespace KooMessage.Platform.Features.Filings;

public sealed class DocumentTypeType : EnumerationGraphType<DocumentType>
{
    public DocumentTypeType()
    {
        Name = nameof(DocumentType);
        Description = "Filing documents: MATERIAL_COMMITMENT_LETTER 素材承诺函 (pdf), SIGNATURE_AUTHORIZATION_LETTER 签名授权函 (pdf), "
            + "COMPANY_RELATIONSHIP_LETTER 公司关系授权函 (pdf), SPECIAL_MATERIALS 特殊材料 (zip/rar), HUAWEI_AUTHORIZATION 华为智能信息授权书 (jpg/png/bmp), "
            + "PORT_CUSTOMER_REGISTRATION_FORM 端口客户信息登记表 (pdf), VIDEO_SMS_COMMITMENT_LETTER 视频短信承诺函 (pdf).";
    }
}
