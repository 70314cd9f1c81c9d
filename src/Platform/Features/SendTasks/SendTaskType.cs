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
        // Video tasks are the same entity, shown as VideoTask.
        IsTypeOf = value => value is SendTask { Kind: SendTaskKind.Smart };
        Field(x => x.Name).Description("1–30 characters.");
        Field(x => x.Status).Description("Where the task is.");
        Field(x => x.SendMode).Description("IMMEDIATE or SCHEDULED.");
        Field(x => x.ScheduledAt).Description("When a SCHEDULED task starts.");
        Field(x => x.Trial).Description("A trial send (试发测试).");
        Field(x => x.Fallback).Description("What unresolvable numbers receive.");
        Field(x => x.NumberSource).Description("MANUAL or FILE.");
        Field<ShortLinkType>("shortLinkType").Description("PERSONALIZED.").Resolve(_ => ShortLinkType.Personalized);
        Field<NonNullGraphType<StringGraphType>>("domain").Description("Short-link domain.").Resolve(c => c.Source.Domain);
        Field<NonNullGraphType<IntGraphType>>("linkValidityDays").Description("How long links work, 1–7 days.").Resolve(c => c.Source.LinkValidityDays);
        Field(x => x.IdempotencyKey).Description("The key it was created with.");
        Field<NonNullGraphType<NumberParsingType>>("numbers").Description("号码解析 at creation.").Resolve(c => NumberParsing.Of(c.Source));
        Field<NonNullGraphType<SendTaskProgressType>>("progress").Description("Sent, delivered, failed, clicks.").Resolve(c => c.Source);
        Field(x => x.StartedAt).Description("When sending started.");
        Field(x => x.CompletedAt).Description("When sending finished or the task was cancelled.");
        Field(x => x.FailureReason).Description("Why the task FAILED without sending (its preparation was interrupted), or null.");
        Field<SmartTemplateType>("smartTemplate").Description("The card.").Resolve(c => EntityLoaders.ById<SmartTemplate>(c).Load(c.Source.SmartTemplateId!.Value));
        Field<SmsAppType>("smsApp").Description("The SMS app.").Resolve(c => EntityLoaders.ById<SmsApp>(c).Load(c.Source.SmsAppId!.Value));
        Field<SmsSignatureType>("signature").Description("The signature.").Resolve(c => EntityLoaders.ById<SmsSignature>(c).Load(c.Source.SignatureId!.Value));
        Field<SmsTemplateType>("smsTemplate").Description("The SMS template.").Resolve(c => EntityLoaders.ById<SmsTemplate>(c).Load(c.Source.SmsTemplateId!.Value));
        Field<FileRefType>("numberFile").Description("The number file of a FILE task.")
            .Resolve(c => c.Source.NumberFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
        this.AddRecipients("The task's recipients in input order by default.");
        this.AddClicks("The visits of the task's short links (短链点击), oldest first by default.",
            c => c.Db().Set<ShortLinkClick>().Where(k => k.TaskId == c.Source.Id));
    }

    protected override IQueryable<SendTask> Visible(global::GraphQL.IResolveFieldContext context) => base.Visible(context).Where(t => t.Kind == SendTaskKind.Smart);
}
