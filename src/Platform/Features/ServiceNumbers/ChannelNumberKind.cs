namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>How a channel number (通道号) matches the numbers messages are sent from [huawei].</summary>
public enum ChannelNumberKind
{
    /// <summary>普通号段: messages sent from exactly this number.</summary>
    Ordinary,

    /// <summary>前缀号段: messages sent from any number starting with it (extended numbers).</summary>
    Prefix,

    /// <summary>后缀号段: messages sent from any number ending with these 5 digits.</summary>
    Suffix,
}
