using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("GSM_7 (160 per message, 153 per part) or UCS_2 (70 per message, 67 per part).")]
public enum MessageEncoding
{
    [Description("GSM 7-bit default alphabet: 160 characters, 153 per part.")]
    Gsm7,

    [Description("UCS-2 (any Chinese character): 70 characters, 67 per part.")]
    Ucs2,
}
