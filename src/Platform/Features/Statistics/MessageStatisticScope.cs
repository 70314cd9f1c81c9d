using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.Statistics;

/// <summary>The task a rollup row counts, with the dimensions copied into the row.</summary>
public sealed record MessageStatisticScope(
    Guid TenantId, Guid TaskId, SendTaskKind Kind, Guid? SmsAppId, Guid? SignatureId, Guid? SmsTemplateId, Guid? SmartTemplateId, Guid? VideoTemplateId)
{
    public static MessageStatisticScope Of(SendTask task) => new(task.TenantId, task.Id, task.Kind, task.SmsAppId, task.SignatureId,
        task.SmsTemplateId, task.SmartTemplateId, task.VideoTemplateId);

    /// <summary>The same as <see cref="Of"/>, as a projection EF translates (one row read, no tracking).</summary>
    public static IQueryable<MessageStatisticScope> Select(IQueryable<SendTask> tasks) => tasks.Select(t => new MessageStatisticScope(
        t.TenantId, t.Id, t.Kind, t.SmsAppId, t.SignatureId, t.SmsTemplateId, t.SmartTemplateId, t.VideoTemplateId));
}
