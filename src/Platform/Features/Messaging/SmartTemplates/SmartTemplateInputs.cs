using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>What a card is made of, whether created or changed.</summary>
public abstract record SmartTemplateFieldsInput
{
    [Description("Up to 17 characters.")] public required string Name { get; init; }

    [Description("1–10 pages.")] public required List<SmartTemplatePageInput> Pages { get; init; }

    [Description("Up to 20 parameters.")] public required List<SmartTemplateParameterInput> Parameters { get; init; }
}

public sealed record CreateSmartTemplateInput : SmartTemplateFieldsInput;

public sealed record UpdateSmartTemplateInput : SmartTemplateFieldsInput
{
    [Id, Description("A DRAFT, REJECTED or APPROVED template of the tenant (an approved one starts a revision).")] public required string Id { get; init; }
}

public sealed record CreatePublicSmartTemplateInput : SmartTemplateFieldsInput;

public sealed record UpdatePublicSmartTemplateInput : SmartTemplateFieldsInput
{
    [Id, Description("A public template. Its parameters keep their names and order: tasks already sending map values by position.")]
    public required string Id { get; init; }
}
