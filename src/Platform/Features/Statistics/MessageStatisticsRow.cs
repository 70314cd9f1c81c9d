using KooMessage.Platform.Features.BasicEdition;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>One bucket (its UTC start and end) of one group; a dimension not grouped by is null.</summary>
public sealed record MessageStatisticsRow(
    DateTime Start, DateTime End, SendTaskKind? Kind, RecipientChannel? Channel, Guid? TaskId, Guid? SmsAppId,
    Guid? SignatureId, Guid? SmsTemplateId, Guid? SmartTemplateId, Guid? VideoTemplateId, Guid? ServiceNumberId, MessageCounts Counts)
{
    /// <summary>The task's global ID: a video task is a VideoTask, a smart one a SendTask (grouping by task always sets <see cref="Kind"/>).</summary>
    public string? TaskGlobalId => TaskId is { } id ? GlobalId.Encode(Kind == SendTaskKind.Video ? VideoTaskType.TypeName : SendTask.GraphTypeName, id) : null;
}
