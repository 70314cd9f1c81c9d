using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// An SMS signature (短消息签名), shown as 【name】 before every message. Reviewed; usable only when
/// APPROVED (处理完毕); editable only while DRAFT or REJECTED.
/// </summary>
public sealed class SmsSignature : ReviewableEntity, ISoftDeletable, INodeEntity
{
    public static string GraphTypeName => "SmsSignature";

    public static string Noun => "SMS signature";

    public DateTime? DeletedAt { get; set; }

    private SmsSignature()
    {
    }

    public Guid AppId { get; private set; }

    public string Name { get; private set; } = null!;

    public SmsType Type { get; private set; }

    public SignatureSource Source { get; private set; }

    public bool InvolvesThirdParty { get; private set; }

    public Guid? LicenseFileId { get; private set; }

    public string? ApplicationNote { get; private set; }

    public bool IsUsable => ReviewStatus == ReviewStatus.Approved;

    public override string ReviewTitle => $"Signature 【{Name}】 ({EnumNames.Of(Type)})";

    protected override bool EditsStartRevisions => false;

    public static SmsSignature Create(Guid appId, SmsSignatureDetails details)
    {
        var signature = new SmsSignature { AppId = appId };
        signature.Apply(details);
        return signature;
    }

    public void Update(SmsSignatureDetails details) => Apply(details);

    private void Apply(SmsSignatureDetails details)
    {
        new InputValidator().ValidateSignature(details.Name, details.ApplicationNote).ThrowIfInvalid();
        Name = details.Name.Trim();
        Type = details.Type;
        Source = details.Source;
        InvolvesThirdParty = details.InvolvesThirdParty;
        LicenseFileId = details.LicenseFileId;
        ApplicationNote = string.IsNullOrWhiteSpace(details.ApplicationNote) ? null : details.ApplicationNote.Trim();
    }
}
