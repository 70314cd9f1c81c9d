namespace KooMessage.Platform.Features.Messaging;

/// <summary>The definition of <c>${Index}</c> in a template: its type and the longest value it takes.</summary>
public sealed record TemplateVariable(int Index, TemplateVariableType Type, int MaxLength);
