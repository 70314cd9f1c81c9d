using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// A service number (智能信息服务号): the brand phones show above a tenant's messages, reviewed by
/// the platform. The approved profile (<see cref="LiveProfile"/>) stays in force while an edit is in
/// review. After the first approval a background job makes it EFFECTIVE once the configured delay
/// has passed; the tenant may freeze it with a reason, and only a reviewed request unfreezes it.
/// </summary>
public sealed class ServiceNumber : ReviewableEntity, ISoftDeletable, INodeEntity
{
    public static string GraphTypeName => "ServiceNumber";

    public static string Noun => "service number";

    public DateTime? DeletedAt { get; set; }

    private ServiceNumber()
    {
    }

    /// <summary>The revision being edited or reviewed (the approved one too, when nothing is pending).</summary>
    public ServiceNumberProfile Profile { get; private set; } = null!;

    /// <summary>The approved revision phones show; null until the first approval.</summary>
    public ServiceNumberProfile? LiveProfile { get; private set; }

    public ServiceNumberStatus Status { get; private set; } = ServiceNumberStatus.NotEffective;

    /// <summary>When a reviewer first approved it: the activation delay counts from here.</summary>
    public DateTime? FirstApprovedAt { get; private set; }

    /// <summary>When it last became EFFECTIVE.</summary>
    public DateTime? EffectiveAt { get; private set; }

    public string? FrozenReason { get; private set; }

    public DateTime? FrozenAt { get; private set; }

    /// <summary>The revision in review asks to lift the freeze; approving it does.</summary>
    public bool UnfreezeRequested { get; private set; }

    /// <summary>SHA-256 of the click-event token (see <see cref="EventTokens"/>).</summary>
    public string EventTokenHash { get; private set; } = null!;

    public string EventTokenPrefix { get; private set; } = null!;

    public override string ReviewTitle => UnfreezeRequested ? $"Unfreeze service number {Profile.Name}" : $"Service number {Profile.Name}";

    /// <returns>The new service number and its click-event token, which is not stored and shown once.</returns>
    public static (ServiceNumber ServiceNumber, string EventToken) Create(ServiceNumberProfile profile)
    {
        var serviceNumber = new ServiceNumber { Profile = profile };
        return (serviceNumber, serviceNumber.RotateEventToken());
    }

    /// <summary>Replaces the profile; the caller has started the edit through the review workflow.</summary>
    public void Edit(ServiceNumberProfile profile) => Profile = profile;

    /// <summary>Issues a new click-event token; the previous one stops working at once.</summary>
    public string RotateEventToken()
    {
        var token = EventTokens.Generate();
        EventTokenHash = EventTokens.Hash(token);
        EventTokenPrefix = EventTokens.DisplayPrefix(token);
        return token;
    }

    public void Freeze(string? reason, DateTime now)
    {
        if (Status == ServiceNumberStatus.Frozen)
            throw new DomainException(new InvalidStateError("FROZEN", "The service number is already frozen."));
        if (!HasApprovedRevision)
            throw new DomainException(new InvalidStateError(EnumNames.Of(ReviewStatus),
                "Only an approved service number can be frozen; this one has not been approved yet."));
        new InputValidator().Length("reason", reason, 1, ServiceNumberRules.FreezeReasonMax).NoMarkup("reason", reason).ThrowIfInvalid();
        Status = ServiceNumberStatus.Frozen;
        FrozenReason = reason!.Trim();
        FrozenAt = now;
    }

    /// <summary>Marks the revision about to be submitted as an unfreeze request.</summary>
    public void RequestUnfreeze()
    {
        if (Status != ServiceNumberStatus.Frozen)
            throw new DomainException(new InvalidStateError(EnumNames.Of(Status), "Only a frozen service number can be unfrozen."));
        UnfreezeRequested = true;
    }

    protected override void ValidateForSubmission()
        => new InputValidator().ValidateProfile(Profile.Name, Profile.Remark, Profile.Intro).ThrowIfInvalid();

    /// <summary>The approved profile goes live; an approved unfreeze request lets the activation job publish it again.</summary>
    protected override void OnApproved(DateTime now)
    {
        LiveProfile = Profile.Copy();
        FirstApprovedAt ??= now;
        if (UnfreezeRequested)
        {
            UnfreezeRequested = false;
            Status = ServiceNumberStatus.NotEffective;
            FrozenReason = null;
            FrozenAt = null;
        }
    }

    protected override void OnRejected(DateTime now) => UnfreezeRequested = false;
}
