using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

[Description("The industry of a service number (所属行业).")]
public enum ServiceNumberIndustry
{
    [Description("Finance (金融理财).")]
    Finance,

    [Description("Social and communication (社交通讯).")]
    SocialCommunication,

    [Description("Audio, video and entertainment (影音娱乐).")]
    AudioVideoEntertainment,

    [Description("Travel (旅游出行).")]
    Travel,

    [Description("Shopping (购物).")]
    Shopping,

    [Description("Local life (本地生活).")]
    LocalLife,

    [Description("Sports and health (运动健康).")]
    SportsHealth,

    [Description("Education and training (教育培训).")]
    Education,

    [Description("News and reading (新闻阅读).")]
    NewsReading,

    [Description("Carrier (运营商).")]
    Carrier,

    [Description("Other (其他).")]
    Other,
}
