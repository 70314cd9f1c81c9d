using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("Where a signature's name comes from (签名来源): ENTERPRISE_NAME 企业名称, REGISTERED_WEBSITE 已备案网站, APP, OFFICIAL_ACCOUNT 公众号/小程序, ECOMMERCE_SHOP 电商店铺, TRADEMARK 商标.")]
public enum SignatureSource
{
    [Description("The enterprise's name (企业名称).")]
    EnterpriseName,

    [Description("A registered website (已备案网站).")]
    RegisteredWebsite,

    [Description("An app (APP 应用).")]
    App,

    [Description("An official account or mini-program (公众号或小程序).")]
    OfficialAccount,

    [Description("An e-commerce shop (电商平台店铺).")]
    EcommerceShop,

    [Description("A trademark (商标).")]
    Trademark,
}
