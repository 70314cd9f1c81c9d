using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>One quarter hour of one group, summed by the database; a dimension not grouped by is null.</summary>
public sealed record StatisticsSlotSums(
    DateTime Slot, SendTaskKind? Kind, RecipientChannel? Channel, Guid? TaskId, Guid? SmsAppId, Guid? SignatureId, Guid? SmsTemplateId,
    Guid? SmartTemplateId, Guid? VideoTemplateId, Guid? ServiceNumberId,
    int Submitted, int Sent, int Delivered, int Failed, int Expired, int Skipped, int Cancelled, int Clicks, int UniqueClicks);
