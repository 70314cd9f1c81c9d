using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// How rows are read: phone, then one value per non-link variable of the SMS template (in index
/// order), then an optional https custom URL (files only [console]).
/// </summary>
public sealed record NumberFileLayout(IReadOnlyList<TemplateVariable> Variables, bool AllowCustomUrl);
