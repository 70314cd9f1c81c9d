namespace KooMessage.Platform.Features.Messaging;

public sealed class TemplateVariableInput
{
    public int Index { get; set; }

    public TemplateVariableType Type { get; set; }

    public int MaxLength { get; set; }
}
