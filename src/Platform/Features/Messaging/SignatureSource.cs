namespace KooMessage.Platform.Features.Messaging;

/// <summary>What a signature's name comes from (签名来源).</summary>
public enum SignatureSource
{
    /// <summary>企业名称.</summary>
    EnterpriseName,

    /// <summary>已备案网站.</summary>
    RegisteredWebsite,

    /// <summary>APP 应用.</summary>
    App,

    /// <summary>公众号或小程序.</summary>
    OfficialAccount,

    /// <summary>电商平台店铺.</summary>
    EcommerceShop,

    /// <summary>商标.</summary>
    Trademark,
}
