namespace KooMessage.Platform.Features.Messaging;

/// <summary>The editable fields of an SMS template, resolved against its app and signature.</summary>
public sealed record SmsTemplateContent(string Name, SmsType Type, string Content, IReadOnlyList<TemplateVariable> Variables, bool ForSmartMessages);
