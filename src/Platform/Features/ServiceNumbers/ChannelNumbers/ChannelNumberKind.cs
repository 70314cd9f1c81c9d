using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

[Description("How a channel number matches senders: ORDINARY 普通号段 (exactly this number, 3–21 digits), PREFIX 前缀号段 (numbers starting with it, 3–21 digits), SUFFIX 后缀号段 (numbers ending with it, exactly 5 digits).")]
public enum ChannelNumberKind
{
    [Description("Ordinary (普通号段): messages sent from exactly this number.")]
    Ordinary,

    [Description("Prefix (前缀号段): messages sent from any number starting with it (extended numbers).")]
    Prefix,

    [Description("Suffix (后缀号段): messages sent from any number ending with these 5 digits.")]
    Suffix,
}
