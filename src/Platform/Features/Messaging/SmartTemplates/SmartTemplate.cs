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

    /// <summary>Changed content under review while the approved content stays in use (null when none).</summary>
    public SmartTemplateRevision? Revision { get; private set; }

    /// <summary>An approved content exists and the tenant has it on: a revision under review does not stop the card.</summary>
    public bool IsUsable => HasApprovedRevision && Enabled;

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

    /// <summary>
    /// New content of a public card, in use at once (platform content is not reviewed). Its parameters keep their names and
    /// order: recipients of tasks already created store values by position.
    /// </summary>
    public void UpdatePublic(string name, List<SmartTemplatePage> pages, List<SmartTemplateParameter> parameters)
    {
        if (!IsPlatformShared)
            throw new DomainException(new InvalidStateError("NOT_PUBLIC", "Only public templates are changed here; tenants change their own with updateSmartTemplate."));
        var validator = new InputValidator().ValidateSmartTemplate(name, pages, parameters);
        if (!parameters.Select(p => p.Name).SequenceEqual(Parameters.Select(p => p.Name), StringComparer.Ordinal))
            validator.Fail("parameters", "A public card keeps its parameters' names and order (tasks map values by position); create a new public card instead.");
        validator.ThrowIfInvalid();
        Name = name.Trim();
        Pages = pages;
        Parameters = parameters;
    }

    /// <summary>A tenant's own copy of this card (public or its own), to edit and submit.</summary>
    public SmartTemplate CopyAs(string? name)
        => Create(string.IsNullOrWhiteSpace(name) ? Name : name, Pages.Select(p => p with { Components = [.. p.Components] }).ToList(), [.. Parameters]);

    /// <summary>
    /// New content. A card never approved changes in place; an approved one keeps its content in use and holds
    /// the change as its <see cref="Revision"/> until a reviewer decides. Call after the review workflow's BeginEdit.
    /// </summary>
    public void Update(string name, List<SmartTemplatePage> pages, List<SmartTemplateParameter> parameters)
    {
        RequireTenantOwned();
        new InputValidator().ValidateSmartTemplate(name, pages, parameters).ThrowIfInvalid();
        if (HasApprovedRevision)
        {
            Revision = new SmartTemplateRevision { Name = name.Trim(), Pages = pages, Parameters = parameters };
            return;
        }
        Name = name.Trim();
        Pages = pages;
        Parameters = parameters;
    }

    protected override void OnApproved(DateTime now)
    {
        if (Revision is not { } revision)
            return;
        Name = revision.Name;
        Pages = revision.Pages;
        Parameters = revision.Parameters;
        Revision = null;
    }

    public void SetEnabled(bool enabled)
    {
        RequireTenantOwned();
        Enabled = enabled;
    }

    private void RequireTenantOwned()
    {
        if (IsPlatformShared)
            throw new DomainException(new InvalidStateError("PUBLIC", "Public templates are managed by the platform; copy one to change it."));
    }
}
