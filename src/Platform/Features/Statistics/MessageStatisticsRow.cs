using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>One bucket (its UTC start and end) of one group; a dimension not grouped by is null.</summary>
public sealed record MessageStatisticsRow(
    DateTime Start, DateTime End, SendTaskKind? Kind, RecipientChannel? Channel, Guid? TaskId, Guid? SmsAppId,
    Guid? SignatureId, Guid? SmsTemplateId, Guid? SmartTemplateId, Guid? VideoTemplateId, MessageCounts Counts);
