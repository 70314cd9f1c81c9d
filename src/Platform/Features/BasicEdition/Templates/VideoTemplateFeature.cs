using System.ComponentModel;

namespace KooMessage.Platform.Features.BasicEdition;

[Description("What a video template uses that a 视频短信承诺函 variant must cover before it is sent: DYNAMIC_PARAMETERS 动参, SHORT_LINK 短链, QR_CODE 二维码.")]
public enum VideoTemplateFeature
{
    [Description("Placeholders #p_1#…#p_100# (动参).")]
    DynamicParameters,

    [Description("A link (http:// or https://) in a text (短链).")]
    ShortLink,

    [Description("An image with a QR code (二维码), as the tenant declares it (containsQrCode).")]
    QrCode,
}
