namespace KooMessage.Platform.Reviews;

/// <summary>Everything that goes through review (DOMAIN.md), so queues and subscriptions can filter by kind.</summary>
public enum ReviewSubjectKind
{
    Filing,
    SmsSignature,
    SmsTemplate,
    SmartTemplate,
    ServiceNumber,
    ServiceNumberMenu,
    ServiceNumberHomepage,
    ChannelNumber,
    VideoTemplate,
}
