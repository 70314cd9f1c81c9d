using System.ComponentModel;

namespace KooMessage.Platform.Features.Quotas;

[Description("What a package (套餐包/资源包) pays for, and the unit it counts in.")]
public enum QuotaProduct
{
    [Description("Smart-message parses (智能信息解析): one per recipient sent the card.")]
    SmartMessage,

    [Description("Plain-SMS segments (短信条数): the fallback's segments per recipient.")]
    PlainSms,

    [Description("Basic-edition messages (智能信息基础版/视频短信): one per video message or basic-edition fallback.")]
    BasicEdition,
}
