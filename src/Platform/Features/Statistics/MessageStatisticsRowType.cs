using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Statistics;

public sealed class MessageStatisticsRowType : ObjectGraphType<MessageStatisticsRow>
{
    public MessageStatisticsRowType()
    {
        Name = "MessageStatisticsRow";
        Description = "What happened in one time bucket to one group's recipients, each counter at the time of its event: submitted and skipped "
            + "when the task was created (a cancelled task's submitted move to cancelled), sent when the gateway accepted, delivered/failed/expired "
            + "when the outcome became known, clicks when clicked.";
        Field(x => x.Start).Description("The bucket's start (UTC, like every DateTime): a local hour, midnight or first of the month in the query's time zone.");
        Field(x => x.End).Description("The bucket's end (the next bucket's start).");
        Field(x => x.Kind, nullable: true).Description("The kind of task; null unless grouped by KIND or TASK.");
        Field(x => x.Channel, nullable: true).Description("The channel; null unless grouped by CHANNEL.");
        Field<IdGraphType>("taskId").Description("The send task (a SendTask or VideoTask ID); null unless grouped by TASK.")
            .Resolve(c => c.Source.TaskGlobalId);
        Id("appId", "SmsApp", x => x.SmsAppId, "The SMS application; null unless grouped by APP.");
        Id("signatureId", "SmsSignature", x => x.SignatureId, "The signature; null unless grouped by SIGNATURE.");
        Id("smsTemplateId", "SmsTemplate", x => x.SmsTemplateId, "The SMS template; null unless grouped by SMS_TEMPLATE.");
        Id("smartTemplateId", "SmartTemplate", x => x.SmartTemplateId, "The smart template; null unless grouped by SMART_TEMPLATE (and for video tasks).");
        Id("videoTemplateId", "VideoTemplate", x => x.VideoTemplateId, "The video template; null unless grouped by VIDEO_TEMPLATE (and for smart tasks).");
        Id("serviceNumberId", "ServiceNumber", x => x.ServiceNumberId,
            "The service number the recipients were sent under; null unless grouped by SERVICE_NUMBER, and for recipients sent without one or not sent.");
        Field<NonNullGraphType<IntGraphType>>("submitted").Description("Recipients to be sent, by tasks created in the bucket.").Resolve(c => c.Source.Counts.Submitted);
        Field<NonNullGraphType<IntGraphType>>("sent").Description("Accepted by the gateway.").Resolve(c => c.Source.Counts.Sent);
        Field<NonNullGraphType<IntGraphType>>("delivered").Description("Delivered, as receipts report.").Resolve(c => c.Source.Counts.Delivered);
        Field<NonNullGraphType<IntGraphType>>("failed").Description("Refused by the gateway or reported undelivered.").Resolve(c => c.Source.Counts.Failed);
        Field<NonNullGraphType<IntGraphType>>("expired").Description("No receipt in time.").Resolve(c => c.Source.Counts.Expired);
        Field<NonNullGraphType<IntGraphType>>("skipped").Description("Never sent: invalid numbers, or unresolvable without fallback.").Resolve(c => c.Source.Counts.Skipped);
        Field<NonNullGraphType<IntGraphType>>("cancelled").Description("Would have been sent by tasks cancelled before sending.").Resolve(c => c.Source.Counts.Cancelled);
        Field<NonNullGraphType<IntGraphType>>("clicks").Description("Short-link clicks (PV).").Resolve(c => c.Source.Counts.Clicks);
        Field<NonNullGraphType<IntGraphType>>("uniqueClicks").Description("First clicks of a recipient's link (UV).").Resolve(c => c.Source.Counts.UniqueClicks);
        Field<FloatGraphType>("deliveryRate").Description("delivered / sent; null when nothing was sent.").Resolve(c => c.Source.Counts.DeliveryRate);
        Field<FloatGraphType>("clickRate").Description("uniqueClicks / delivered; null when nothing was delivered.").Resolve(c => c.Source.Counts.ClickRate);
    }

    private void Id(string name, string typeName, Func<MessageStatisticsRow, Guid?> value, string description)
        => Field<IdGraphType>(name).Description(description).Resolve(c => value(c.Source) is { } id ? GlobalId.Encode(typeName, id) : null);
}
