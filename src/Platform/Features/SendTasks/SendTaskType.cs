using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskType : NodeObjectType<SendTask>
{
    public SendTaskType() : base("SendTask", "A smart-message send task (发送智能信息).")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("1–30 characters.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<SendTaskStatusType>>("status").Description("Where the task is.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<SendModeType>>("sendMode").Description("IMMEDIATE or SCHEDULED.").Resolve(c => c.Source.SendMode);
        Field<DateTimeGraphType>("scheduledAt").Description("When a SCHEDULED task starts.").Resolve(c => c.Source.ScheduledAt);
        Field<NonNullGraphType<BooleanGraphType>>("trial").Description("A trial send (试发测试).").Resolve(c => c.Source.Trial);
        Field<NonNullGraphType<FallbackPolicyType>>("fallback").Description("What unresolvable numbers receive.").Resolve(c => c.Source.Fallback);
        Field<NonNullGraphType<NumberSourceType>>("numberSource").Description("MANUAL or FILE.").Resolve(c => c.Source.NumberSource);
        Field<NonNullGraphType<ShortLinkTypeType>>("shortLinkType").Description("PERSONALIZED.").Resolve(_ => ShortLinkType.Personalized);
        Field<NonNullGraphType<StringGraphType>>("domain").Description("Short-link domain.").Resolve(c => c.Source.Domain);
        Field<NonNullGraphType<IntGraphType>>("linkValidityDays").Description("How long links work, 1–7 days.").Resolve(c => c.Source.LinkValidityDays);
        Field<StringGraphType>("idempotencyKey").Description("The key it was created with.").Resolve(c => c.Source.IdempotencyKey);
        Field<NonNullGraphType<NumberParsingType>>("numbers").Description("号码解析 at creation.").Resolve(c => NumberParsing.Of(c.Source));
        Field<NonNullGraphType<SendTaskProgressType>>("progress").Description("Sent, delivered, failed, clicks.").Resolve(c => c.Source);
        Field<DateTimeGraphType>("startedAt").Description("When sending started.").Resolve(c => c.Source.StartedAt);
        Field<DateTimeGraphType>("completedAt").Description("When sending finished or the task was cancelled.").Resolve(c => c.Source.CompletedAt);
        Field<SmartTemplateType>("smartTemplate").Description("The card.").Resolve(c => EntityLoaders.ById<SmartTemplate>(c).Load(c.Source.SmartTemplateId));
        Field<SmsAppType>("smsApp").Description("The SMS app.").Resolve(c => EntityLoaders.ById<SmsApp>(c).Load(c.Source.SmsAppId));
        Field<SmsSignatureType>("signature").Description("The signature.").Resolve(c => EntityLoaders.ById<SmsSignature>(c).Load(c.Source.SignatureId));
        Field<SmsTemplateType>("smsTemplate").Description("The SMS template.").Resolve(c => EntityLoaders.ById<SmsTemplate>(c).Load(c.Source.SmsTemplateId));
        Field<FileRefType>("numberFile").Description("The number file of a FILE task.")
            .Resolve(c => c.Source.NumberFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
        this.Connection<SendTask, RecipientType, Recipient>("recipients")
            .Description("The task's recipients in input order by default.")
            .Filter<RecipientFilterInputType>()
            .DefaultOrder(q => q.OrderBy(r => r.Sequence))
            .Authorize(TenantRoles.Workers)
            .Resolve(c => c.Db().Set<Recipient>().Where(r => r.TaskId == c.Source.Id));
    }
}
