namespace KooMessage.Platform.Features.Messaging;

/// <summary>One component of a card page. Texts may use parameters as {{name}}.</summary>
public sealed record SmartTemplateComponent(SmartComponentType Type, string? Text, Guid? ImageFileId, string? Url);
