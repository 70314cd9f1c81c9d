namespace KooMessage.Platform.Features.Messaging;

/// <summary>What creating and updating a template share.</summary>
public abstract class SmsTemplateFields
{
    public string SignatureId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public SmsType Type { get; set; }

    public string Content { get; set; } = string.Empty;

    public List<TemplateVariableInput> Variables { get; set; } = [];

    public bool ForSmartMessages { get; set; }
}

public sealed class CreateSmsTemplateInput : SmsTemplateFields
{
    public string AppId { get; set; } = string.Empty;
}

public sealed class UpdateSmsTemplateInput : SmsTemplateFields
{
    public string Id { get; set; } = string.Empty;
}

public sealed class SmsTemplateIdInput
{
    public string Id { get; set; } = string.Empty;
}
