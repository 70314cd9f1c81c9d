using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// A video task: a <see cref="SendTask"/> of kind VIDEO, shown as its own type (its own global ids),
/// with the counters, progress and recipients every send task has.
/// </summary>
[DoNotMapClrType]
public sealed class VideoTaskType : NodeObjectType<SendTask>
{
    public const string TypeName = "VideoTask";

    public VideoTaskType() : base(TypeName, "A video SMS task (发送视频短信) of the basic edition (智能信息基础版).")
    {
        IsTypeOf = value => value is SendTask { Kind: SendTaskKind.Video };
        Field(x => x.Name).Description("1–32 characters.");
        Field(x => x.Status).Description("Where the task is.");
        Field(x => x.SendMode).Description("IMMEDIATE or SCHEDULED.");
        Field(x => x.ScheduledAt).Description("When a SCHEDULED task starts.");
        Field<NonNullGraphType<IntGraphType>>("expiryHours").Description("A handed-over message without a receipt after this many hours is EXPIRED (1–72).")
            .Resolve(c => c.Source.ExpiryHours);
        Field(x => x.NumberSource).Description("MANUAL or FILE.");
        Field(x => x.IdempotencyKey).Description("The key it was created with.");
        Field<NonNullGraphType<NumberParsingType>>("numbers").Description("号码解析 at creation: every valid number is sent (resolvable).")
            .Resolve(c => NumberParsing.Of(c.Source));
        Field<NonNullGraphType<SendTaskProgressType>>("progress").Description("Sent, delivered, failed, expired.").Resolve(c => c.Source);
        Field(x => x.StartedAt).Description("When sending started.");
        Field(x => x.CompletedAt).Description("When sending finished or the task was cancelled.");
        Field(x => x.FailureReason).Description("Why the task FAILED without sending (its preparation was interrupted), or null.");
        Field<VideoTemplateType>("template").Description("The video template; its approved revision is what is sent.")
            .Resolve(c => EntityLoaders.ById<VideoTemplate>(c).Load(c.Source.VideoTemplateId!.Value));
        Field<FileRefType>("numberFile").Description("The number file of a FILE task.")
            .Resolve(c => c.Source.NumberFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
        this.AddRecipients("The task's recipients in input order by default; variables are the parameters p_1, p_2, … in placeholder order.");
    }

    protected override IQueryable<SendTask> Visible(IResolveFieldContext context) => base.Visible(context).Where(t => t.Kind == SendTaskKind.Video);
}
