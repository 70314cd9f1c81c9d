namespace KooMessage.Platform.Features.Messaging;

public sealed class CreateSmartTemplateInput
{
    public string Name { get; set; } = string.Empty;

    public List<SmartTemplatePageInput> Pages { get; set; } = [];

    public List<SmartTemplateParameterInput> Parameters { get; set; } = [];
}

public sealed class SmartTemplatePageInput
{
    public List<SmartTemplateComponentInput> Components { get; set; } = [];
}

public sealed class SmartTemplateComponentInput
{
    public SmartComponentType Type { get; set; }

    public string? Text { get; set; }

    public string? ImageFileId { get; set; }

    public string? Url { get; set; }
}

public sealed class SmartTemplateParameterInput
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }
}

public sealed class SetSmartTemplateEnabledInput
{
    public string Id { get; set; } = string.Empty;

    public bool Enabled { get; set; }
}
