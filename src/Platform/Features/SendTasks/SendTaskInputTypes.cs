using GraphQL.Types;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class SendTaskInputType : InputObjectGraphType<SendTaskInput>
{
    public SendTaskInputType()
    {
        Name = "SendTaskInput";
        Description = "A smart-message send task, for createSendTask and previewSendTask.";
        Field(x => x.Name).Description("1–30 characters.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Repeat a create safely: the same key returns the first task, never a second one.");
        Field(x => x.SmartTemplateId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An approved, enabled smart template (public or the tenant's).");
        Field(x => x.ShortLinkType, nullable: true).Description("PERSONALIZED (the default).");
        Field(x => x.Domain, nullable: true).Description("Short-link domain; the platform's public domain when omitted.");
        Field(x => x.LinkValidityDays, nullable: true).Description("1–7 days, default 7.");
        Field(x => x.SmsAppId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An active SMS app.");
        Field(x => x.SignatureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An approved signature of the app.");
        Field(x => x.SmsTemplateId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An ACTIVE smart-message SMS template of the app and signature.");
        Field(x => x.SendMode).Description("IMMEDIATE or SCHEDULED.");
        Field(x => x.ScheduledAt, nullable: true).Description("SCHEDULED: at least 5 minutes and at most 30 days ahead (UTC).");
        Field(x => x.Trial, nullable: true).Description("A trial send (试发测试) to the manual numbers.");
        Field(x => x.NumberSource).Description("MANUAL or FILE.");
        Field(x => x.Numbers, nullable: true).Description("MANUAL: 1–10 lines, each 'phone[, value1, …]'.");
        Field(x => x.NumberFileId, type: typeof(IdGraphType)).Description("FILE: an uploaded NUMBER_FILE.");
        Field(x => x.Fallback).Description("What numbers that cannot render the card receive.");
    }
}

public sealed class CancelSendTaskInputType : InputObjectGraphType<CancelSendTaskInput>
{
    public CancelSendTaskInputType()
    {
        Name = "CancelSendTaskInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("A SCHEDULED or QUEUED task.");
    }
}

public sealed class NonCapableRangeInputType : InputObjectGraphType<NonCapableRangeInput>
{
    public NonCapableRangeInputType()
    {
        Name = "AddNonCapableRangeInput";
        Field(x => x.Prefix).Description("3–11 leading digits of the national number, e.g. 170.");
        Field(x => x.Note, nullable: true).Description("Why, ≤200 characters.");
    }
}

public sealed class RemoveNonCapableRangeInputType : InputObjectGraphType<RemoveNonCapableRangeInput>
{
    public RemoveNonCapableRangeInputType()
    {
        Name = "RemoveNonCapableRangeInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The range.");
    }
}
