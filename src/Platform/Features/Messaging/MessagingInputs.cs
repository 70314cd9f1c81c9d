namespace KooMessage.Platform.Features.Messaging;

public sealed class CreateSmsAppInput
{
    public string Name { get; set; } = string.Empty;
}

public sealed class RenameSmsAppInput
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

public sealed class SuspendSmsAppInput
{
    public string Id { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

public sealed class ResumeSmsAppInput
{
    public string Id { get; set; } = string.Empty;
}

/// <summary>What creating and updating a signature share.</summary>
public abstract class SmsSignatureFields
{
    public string Name { get; set; } = string.Empty;

    public SmsType Type { get; set; }

    public SignatureSource Source { get; set; }

    public bool InvolvesThirdParty { get; set; }

    public string? LicenseFileId { get; set; }

    public string? ApplicationNote { get; set; }
}

public sealed class CreateSmsSignatureInput : SmsSignatureFields
{
    public string AppId { get; set; } = string.Empty;
}

public sealed class UpdateSmsSignatureInput : SmsSignatureFields
{
    public string Id { get; set; } = string.Empty;
}

public sealed class TemplateVariableInput
{
    public int Index { get; set; }

    public TemplateVariableType Type { get; set; }

    public int MaxLength { get; set; }
}

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

public sealed class SmartTemplateComponentInput
{
    public SmartComponentType Type { get; set; }

    public string? Text { get; set; }

    public string? ImageFileId { get; set; }

    public string? Url { get; set; }
}

public sealed class SmartTemplatePageInput
{
    public List<SmartTemplateComponentInput> Components { get; set; } = [];
}

public sealed class SmartTemplateParameterInput
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }
}

public sealed class CreateSmartTemplateInput
{
    public string Name { get; set; } = string.Empty;

    public List<SmartTemplatePageInput> Pages { get; set; } = [];

    public List<SmartTemplateParameterInput> Parameters { get; set; } = [];
}

public sealed class SetSmartTemplateEnabledInput
{
    public string Id { get; set; } = string.Empty;

    public bool Enabled { get; set; }
}

public sealed class EstimateMessageInput
{
    public string? SignatureId { get; set; }

    public string? SignatureName { get; set; }

    public string Content { get; set; } = string.Empty;

    public List<TemplateVariableInput> Variables { get; set; } = [];
}
