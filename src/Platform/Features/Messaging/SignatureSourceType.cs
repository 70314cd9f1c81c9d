using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SignatureSourceType : EnumerationGraphType<SignatureSource>
{
    public SignatureSourceType()
    {
        Name = nameof(SignatureSource);
        Description = "Where a signature's name comes from (签名来源): ENTERPRISE_NAME 企业名称, REGISTERED_WEBSITE 已备案网站, APP, "
            + "OFFICIAL_ACCOUNT 公众号/小程序, ECOMMERCE_SHOP 电商店铺, TRADEMARK 商标.";
    }
}
