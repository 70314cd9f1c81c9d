using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// A smart-message template (智能信息模板): the rich card capable phones show. Platform public
/// templates are shared with every tenant; tenant templates are reviewed. Usable when approved and enabled.
/// </summary>
public sealed class SmartTemplate : ReviewableEntity, IPlatformShared, ISoftDeletable, INodeEntity
{
    public static string GraphTypeName => "SmartTemplate";

    public static string Noun => "smart template";

    public DateTime? DeletedAt { get; set; }

    private SmartTemplate()
    {
    }

    public bool IsPlatformShared { get; private set; }

    public string Name { get; private set; } = null!;

    public List<SmartTemplatePage> Pages { get; private set; } = [];

    public List<SmartTemplateParameter> Parameters { get; private set; } = [];

    public bool Enabled { get; private set; } = true;

    public bool IsUsable => ReviewStatus == ReviewStatus.Approved && Enabled;

    public override string ReviewTitle => $"Smart template {Name}";

    public static SmartTemplate Create(string name, List<SmartTemplatePage> pages, List<SmartTemplateParameter> parameters)
    {
        new InputValidator().ValidateSmartTemplate(name, pages, parameters).ThrowIfInvalid();
        return new SmartTemplate { Name = name.Trim(), Pages = pages, Parameters = parameters };
    }

    /// <summary>A public template the platform provides: shared, approved, with a fixed id so seeding is idempotent.</summary>
    public static SmartTemplate Public(Guid id, string name, List<SmartTemplatePage> pages, List<SmartTemplateParameter> parameters, DateTime now)
    {
        new InputValidator().ValidateSmartTemplate(name, pages, parameters).ThrowIfInvalid();
        var template = new SmartTemplate { Id = id, Name = name, Pages = pages, Parameters = parameters, IsPlatformShared = true };
        template.MarkApprovedAsPlatformContent(now);
        return template;
    }

    public void SetEnabled(bool enabled)
    {
        if (IsPlatformShared)
            throw new DomainException(new InvalidStateError("PUBLIC", "Public templates are managed by the platform."));
        Enabled = enabled;
    }
}
