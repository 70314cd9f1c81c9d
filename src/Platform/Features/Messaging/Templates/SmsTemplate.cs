using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// An SMS template (短消息模板): content with typed ${n} variables, under one app and one of its
/// approved signatures. Reviewed; approval activates it; a reviewer can deactivate and reactivate.
/// </summary>
public sealed class SmsTemplate : ReviewableEntity, ISoftDeletable, INodeEntity
{
    public static string GraphTypeName => "SmsTemplate";

    public static string Noun => "SMS template";

    public DateTime? DeletedAt { get; set; }

    private SmsTemplate()
    {
    }

    public Guid AppId { get; private set; }

    public Guid SignatureId { get; private set; }

    public string Name { get; private set; } = null!;

    public SmsType Type { get; private set; }

    public string Content { get; private set; } = null!;

    public List<TemplateVariable> Variables { get; private set; } = [];

    /// <summary>申请说明: what the template is for, told to the reviewer.</summary>
    public string? ApplicationNote { get; private set; }

    /// <summary>Used for smart messages: then it carries exactly one SHORT_LINK variable.</summary>
    public bool ForSmartMessages { get; private set; }

    /// <summary>Set on approval; reviewers switch it off and on.</summary>
    public bool Active { get; private set; }

    public SmsTemplateStatus Status => ReviewStatus switch
    {
        ReviewStatus.Approved => Active ? SmsTemplateStatus.Active : SmsTemplateStatus.Inactive,
        ReviewStatus.Pending => SmsTemplateStatus.Pending,
        ReviewStatus.Rejected => SmsTemplateStatus.Rejected,
        _ => SmsTemplateStatus.Draft,
    };

    public bool IsUsable => Status == SmsTemplateStatus.Active;

    public override string ReviewTitle => $"Template {Name} ({EnumNames.Of(Type)})";

    protected override bool EditsStartRevisions => false;

    public static SmsTemplate Create(Guid appId, Guid signatureId, SmsTemplateContent content, int maxContentLength)
    {
        var template = new SmsTemplate { AppId = appId };
        template.Apply(signatureId, content, maxContentLength);
        return template;
    }

    public void Update(Guid signatureId, SmsTemplateContent content, int maxContentLength) => Apply(signatureId, content, maxContentLength);

    public void Deactivate()
    {
        if (Status != SmsTemplateStatus.Active)
            throw new DomainException(new InvalidStateError(EnumNames.Of(Status), "Only an ACTIVE template can be deactivated."));
        Active = false;
    }

    public void Activate()
    {
        if (Status != SmsTemplateStatus.Inactive)
            throw new DomainException(new InvalidStateError(EnumNames.Of(Status), "Only an INACTIVE template can be activated."));
        Active = true;
    }

    protected override void OnApproved(DateTime now) => Active = true;

    private void Apply(Guid signatureId, SmsTemplateContent content, int maxContentLength)
    {
        new InputValidator()
            .Length("name", content.Name, 1, TemplateRules.NameMax).NoMarkup("name", content.Name)
            .MaxLength("applicationNote", content.ApplicationNote, TemplateRules.NoteMax).NoMarkup("applicationNote", content.ApplicationNote)
            .ValidateTemplate(content.Type, content.Content, content.Variables, content.ForSmartMessages, maxContentLength)
            .ThrowIfInvalid();
        SignatureId = signatureId;
        Name = content.Name.Trim();
        Type = content.Type;
        Content = content.Content;
        Variables = content.Variables.OrderBy(v => v.Index).ToList();
        ForSmartMessages = content.ForSmartMessages;
        ApplicationNote = string.IsNullOrWhiteSpace(content.ApplicationNote) ? null : content.ApplicationNote.Trim();
    }
}
