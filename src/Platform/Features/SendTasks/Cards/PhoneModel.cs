using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("A phone family whose card layout width an effect preview (效果预览) uses.")]
public enum PhoneModel
{
    [Description("Huawei phones: 360 CSS pixels.")]
    Huawei,

    [Description("Honor phones: 384 CSS pixels.")]
    Honor,

    [Description("Xiaomi phones: 393 CSS pixels.")]
    Xiaomi,

    [Description("OPPO phones: 412 CSS pixels.")]
    Oppo,

    [Description("vivo phones: 400 CSS pixels.")]
    Vivo,
}
