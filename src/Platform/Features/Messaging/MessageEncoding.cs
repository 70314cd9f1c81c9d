namespace KooMessage.Platform.Features.Messaging;

public enum MessageEncoding
{
    /// <summary>GSM 7-bit default alphabet: 160 characters, 153 per part.</summary>
    Gsm7,

    /// <summary>UCS-2 (any Chinese character): 70 characters, 67 per part.</summary>
    Ucs2,
}
