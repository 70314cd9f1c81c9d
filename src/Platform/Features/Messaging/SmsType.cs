namespace KooMessage.Platform.Features.Messaging;

/// <summary>Signature and template category [huawei].</summary>
public enum SmsType
{
    /// <summary>通知类.</summary>
    Notification,

    /// <summary>推广类: content must end with the opt-out "拒收请回复R".</summary>
    Promotion,
}
