using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class CreateSmsAppInputType : InputObjectGraphType<CreateSmsAppInput>
{
    public CreateSmsAppInputType()
    {
        Name = "CreateSmsAppInput";
        Field(x => x.Name).Description("1–30 characters.");
    }
}

public sealed class RenameSmsAppInputType : InputObjectGraphType<RenameSmsAppInput>
{
    public RenameSmsAppInputType()
    {
        Name = "RenameSmsAppInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The app.");
        Field(x => x.Name).Description("1–30 characters.");
    }
}

public sealed class SuspendSmsAppInputType : InputObjectGraphType<SuspendSmsAppInput>
{
    public SuspendSmsAppInputType()
    {
        Name = "SuspendSmsAppInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The app.");
        Field(x => x.Reason).Description("Why, 1–500 characters; the tenant sees it.");
    }
}

public sealed class ResumeSmsAppInputType : InputObjectGraphType<ResumeSmsAppInput>
{
    public ResumeSmsAppInputType()
    {
        Name = "ResumeSmsAppInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The app.");
    }
}

public sealed class CreateSmsSignatureInputType : InputObjectGraphType<CreateSmsSignatureInput>
{
    public CreateSmsSignatureInputType()
    {
        Name = "CreateSmsSignatureInput";
        Field(x => x.AppId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The app it belongs to.");
        MessagingInputFields.AddSignatureFields(this);
    }
}

public sealed class UpdateSmsSignatureInputType : InputObjectGraphType<UpdateSmsSignatureInput>
{
    public UpdateSmsSignatureInputType()
    {
        Name = "UpdateSmsSignatureInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The signature (DRAFT or REJECTED).");
        MessagingInputFields.AddSignatureFields(this);
    }
}

public sealed class TemplateVariableInputType : InputObjectGraphType<TemplateVariableInput>
{
    public TemplateVariableInputType()
    {
        Name = "TemplateVariableInput";
        Field(x => x.Index).Description("The n of ${n}, 1–20.");
        Field(x => x.Type).Description("Value type.");
        Field(x => x.MaxLength).Description("Longest value (PHONE 1–15, others 1–20; ignored for SHORT_LINK).");
    }
}

public sealed class CreateSmsTemplateInputType : InputObjectGraphType<CreateSmsTemplateInput>
{
    public CreateSmsTemplateInputType()
    {
        Name = "CreateSmsTemplateInput";
        Field(x => x.AppId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The app.");
        MessagingInputFields.AddTemplateFields(this);
    }
}

public sealed class UpdateSmsTemplateInputType : InputObjectGraphType<UpdateSmsTemplateInput>
{
    public UpdateSmsTemplateInputType()
    {
        Name = "UpdateSmsTemplateInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The template (DRAFT or REJECTED).");
        MessagingInputFields.AddTemplateFields(this);
    }
}

public sealed class SmsTemplateIdInputType : InputObjectGraphType<SmsTemplateIdInput>
{
    public SmsTemplateIdInputType()
    {
        Name = "SmsTemplateIdInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The template.");
    }
}

public sealed class SmartTemplateComponentInputType : InputObjectGraphType<SmartTemplateComponentInput>
{
    public SmartTemplateComponentInputType()
    {
        Name = "SmartTemplateComponentInput";
        Field(x => x.Type).Description("What it shows.");
        Field(x => x.Text, nullable: true).Description("TITLE/TEXT/BUTTON text; may use {{parameter}}.");
        Field(x => x.ImageFileId, type: typeof(IdGraphType)).Description("IMAGE: an uploaded IMAGE file.");
        Field(x => x.Url, nullable: true).Description("BUTTON: https URL, ≤1000 characters.");
    }
}

public sealed class SmartTemplatePageInputType : InputObjectGraphType<SmartTemplatePageInput>
{
    public SmartTemplatePageInputType()
    {
        Name = "SmartTemplatePageInput";
        Field(x => x.Components, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SmartTemplateComponentInputType>>>)).Description("1–10 components.");
    }
}

public sealed class SmartTemplateParameterInputType : InputObjectGraphType<SmartTemplateParameterInput>
{
    public SmartTemplateParameterInputType()
    {
        Name = "SmartTemplateParameterInput";
        Field(x => x.Name).Description("Letters, digits, '_'; starts with a letter.");
        Field(x => x.Description, nullable: true).Description("What it is.");
    }
}

public sealed class CreateSmartTemplateInputType : InputObjectGraphType<CreateSmartTemplateInput>
{
    public CreateSmartTemplateInputType()
    {
        Name = "CreateSmartTemplateInput";
        Field(x => x.Name).Description("Up to 17 characters.");
        Field(x => x.Pages, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SmartTemplatePageInputType>>>)).Description("1–10 pages.");
        Field(x => x.Parameters, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SmartTemplateParameterInputType>>>)).Description("Up to 20 parameters.");
    }
}

public sealed class SetSmartTemplateEnabledInputType : InputObjectGraphType<SetSmartTemplateEnabledInput>
{
    public SetSmartTemplateEnabledInputType()
    {
        Name = "SetSmartTemplateEnabledInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("A template of the tenant.");
        Field(x => x.Enabled).Description("Switch it on or off.");
    }
}

public sealed class EstimateMessageInputType : InputObjectGraphType<EstimateMessageInput>
{
    public EstimateMessageInputType()
    {
        Name = "EstimateMessageInput";
        Field(x => x.SignatureId, type: typeof(IdGraphType)).Description("A signature of the tenant; or give signatureName.");
        Field(x => x.SignatureName, nullable: true).Description("The signature text without 【】, when there is no signature yet.");
        Field(x => x.Content).Description("Content with ${n} variables.");
        Field(x => x.Variables, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TemplateVariableInputType>>>))
            .Description("Definitions of the variables (each counted at its max length).");
    }
}
