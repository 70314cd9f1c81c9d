namespace KooMessage.Platform.Features.Messaging;

/// <summary>The editable fields of an SMS template, resolved against its app and signature.</summary>
/// <param name="ApplicationNote">申请说明: what the template is for, for the reviewer (optional, ≤<see cref="TemplateRules.NoteMax"/>).</param>
public sealed record SmsTemplateContent(string Name, SmsType Type, string Content, IReadOnlyList<TemplateVariable> Variables, bool ForSmartMessages,
    string? ApplicationNote = null);
