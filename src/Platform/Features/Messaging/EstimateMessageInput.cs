namespace KooMessage.Platform.Features.Messaging;

public sealed class EstimateMessageInput
{
    public string? SignatureId { get; set; }

    public string? SignatureName { get; set; }

    public string Content { get; set; } = string.Empty;

    public List<TemplateVariableInput> Variables { get; set; } = [];
}
