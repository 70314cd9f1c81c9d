using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>One bucket of one group; a dimension not grouped by is null.</summary>
public sealed record MessageStatisticsRow(
    DateTimeOffset Start, DateTimeOffset End, MessageProduct? Product, RecipientChannel? Channel, Guid? TaskId, Guid? SmsAppId,
    Guid? SignatureId, Guid? SmsTemplateId, Guid? SmartTemplateId, MessageCounts Counts);
