using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// A channel number (通道号) the tenant sends from, with the signatures it carries and proof of
/// authorisation; reviewed by the platform. Bindings tie it to service numbers per region. Once
/// approved it is in use exactly as approved, so it no longer changes: a different number is a new
/// channel number.
/// </summary>
public sealed class ChannelNumber : ReviewableEntity, ISoftDeletable, INodeEntity
{
    public static string GraphTypeName => "ChannelNumber";

    public static string Noun => "channel number";

    public DateTime? DeletedAt { get; set; }

    private ChannelNumber()
    {
    }

    public ChannelNumberKind Type { get; private set; }

    /// <summary>Digits only.</summary>
    public string Number { get; private set; } = null!;

    /// <summary>The signatures (签名) messages from this number carry, without 【】.</summary>
    public List<string> Signatures { get; private set; } = [];

    /// <summary>Authorisation proof images (jpg/png/bmp).</summary>
    public List<Guid> ProofFileIds { get; private set; } = [];

    public override string ReviewTitle => $"{EnumNames.Of(Type)} channel number {Number}";

    public static ChannelNumber Create(ChannelNumberKind type, string number, IReadOnlyList<string> signatures, IReadOnlyList<Guid> proofFileIds)
    {
        var channelNumber = new ChannelNumber();
        channelNumber.Replace(type, number, signatures, proofFileIds);
        return channelNumber;
    }

    /// <summary>Refuses changes once approved: bindings and phones rely on the approved number and signatures.</summary>
    public void EnsureEditable()
    {
        if (HasApprovedRevision)
            throw new DomainException(new InvalidStateError("APPROVED",
                "The channel number is approved and in use, so it cannot change; create another channel number instead."));
    }

    public void Replace(ChannelNumberKind type, string number, IReadOnlyList<string> signatures, IReadOnlyList<Guid> proofFileIds)
    {
        EnsureEditable();
        new InputValidator().ValidateChannelNumber(type, number, signatures, proofFileIds.Count).ThrowIfInvalid();
        Type = type;
        Number = number;
        Signatures = signatures.ToList();
        ProofFileIds = proofFileIds.ToList();
    }

    protected override void ValidateForSubmission()
        => new InputValidator().ValidateChannelNumber(Type, Number, Signatures, ProofFileIds.Count).ThrowIfInvalid();
}
