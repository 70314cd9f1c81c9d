namespace KooMessage.Platform.Features.Messaging;

/// <summary>One page (screen) of a smart card. A settable list, because EF binds owned collections through properties, not constructors.</summary>
public sealed record SmartTemplatePage
{
    public List<SmartTemplateComponent> Components { get; init; } = [];
}
