namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// The changed content of an approved card while it is reviewed: the approved content stays in use until a
/// reviewer approves this (then it replaces it) or rejects it (then the tenant edits it again).
/// </summary>
public sealed record SmartTemplateRevision
{
    public string Name { get; init; } = null!;

    public List<SmartTemplatePage> Pages { get; init; } = [];

    public List<SmartTemplateParameter> Parameters { get; init; } = [];
}
