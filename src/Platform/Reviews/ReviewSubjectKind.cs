using System.ComponentModel;

namespace KooMessage.Platform.Reviews;

[Description("What kind of item a review is about.")]
public enum ReviewSubjectKind
{
    [Description("A filing (企业备案).")]
    Filing,

    [Description("An SMS signature (短消息签名).")]
    SmsSignature,

    [Description("An SMS template (短消息模板).")]
    SmsTemplate,

    [Description("A smart-message template (智能信息模板).")]
    SmartTemplate,

    [Description("A service number (服务号).")]
    ServiceNumber,

    [Description("A revision of a service number's menu.")]
    ServiceNumberMenu,

    [Description("A revision of a service number's homepage.")]
    ServiceNumberHomepage,

    [Description("A channel number (通道号).")]
    ChannelNumber,

    [Description("A video template of the basic edition (智能信息基础版).")]
    VideoTemplate,
}
