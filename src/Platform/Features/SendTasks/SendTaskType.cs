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
        Field(x => x.Name).Description("1–30 characters.");
        Field(x => x.Status).Description("Where the task is.");
        Field(x => x.SendMode).Description("IMMEDIATE or SCHEDULED.");
        Field(x => x.ScheduledAt).Description("When a SCHEDULED task starts.");
        Field(x => x.Trial).Description("A trial send (试发测试).");
        Field(x => x.Fallback).Description("What unresolvable numbers receive.");
        Field(x => x.NumberSource).Description("MANUAL or FILE.");
        Field<ShortLinkType>("shortLinkType").Description("PERSONALIZED.").Resolve(_ => ShortLinkType.Personalized);
        Field(x => x.Domain).Description("Short-link domain.");
        Field(x => x.LinkValidityDays).Description("How long links work, 1–7 days.");
        Field(x => x.IdempotencyKey).Description("The key it was created with.");
        Field<NonNullGraphType<NumberParsingType>>("numbers").Description("号码解析 at creation.").Resolve(c => NumberParsing.Of(c.Source));
        Field<NonNullGraphType<SendTaskProgressType>>("progress").Description("Sent, delivered, failed, clicks.").Resolve(c => c.Source);
        Field(x => x.StartedAt).Description("When sending started.");
        Field(x => x.CompletedAt).Description("When sending finished or the task was cancelled.");
        Field<SmartTemplateType>("smartTemplate").Description("The card.").Resolve(c => EntityLoaders.ById<SmartTemplate>(c).Load(c.Source.SmartTemplateId));
        Field<SmsAppType>("smsApp").Description("The SMS app.").Resolve(c => EntityLoaders.ById<SmsApp>(c).Load(c.Source.SmsAppId));
        Field<SmsSignatureType>("signature").Description("The signature.").Resolve(c => EntityLoaders.ById<SmsSignature>(c).Load(c.Source.SignatureId));
        Field<SmsTemplateType>("smsTemplate").Description("The SMS template.").Resolve(c => EntityLoaders.ById<SmsTemplate>(c).Load(c.Source.SmsTemplateId));
        Field<FileRefType>("numberFile").Description("The number file of a FILE task.")
            .Resolve(c => c.Source.NumberFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
        this.Connection<SendTask, RecipientType, Recipient>("recipients")
            .Description("The task's recipients in input order by default.")
            .Filter<RecipientFilterInputType>()
            .DefaultOrder(q => q.OrderBy(r => r.Sequence), "in the number file's order")
            .Authorize(TenantRoles.Workers)
            .Resolve(c => c.Db().Set<Recipient>().Where(r => r.TaskId == c.Source.Id));
    }
}
