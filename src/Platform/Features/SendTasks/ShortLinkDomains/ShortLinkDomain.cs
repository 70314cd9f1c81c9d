using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A tenant's own short-link domain (自有短链域名). Created as a DRAFT with a token the tenant publishes
/// (DNS TXT or HTTP, <see cref="ShortLinkDomainRules"/>); verifying the token submits it for review, so
/// reviewers only see domains the tenant controls. A task's links may use it once it is verified and
/// APPROVED. A tenant claims a name once; a name another tenant has verified cannot be claimed.
/// </summary>
public sealed class ShortLinkDomain : ReviewableEntity, ISoftDeletable, INodeEntity
{
    public static string GraphTypeName => "ShortLinkDomain";

    public static string Noun => "short-link domain";

    private ShortLinkDomain()
    {
    }

    public DateTime? DeletedAt { get; set; }

    public string Domain { get; private set; } = null!;

    /// <summary>What the tenant publishes to prove ownership; fixed for the claim's life.</summary>
    public string VerificationToken { get; private set; } = null!;

    public DateTime? VerifiedAt { get; private set; }

    public DomainOwnershipProof? VerifiedBy { get; private set; }

    public bool IsVerified => VerifiedAt is not null;

    public bool IsUsable => IsVerified && ReviewStatus == ReviewStatus.Approved;

    public override string ReviewTitle => $"Short-link domain {Domain}";

    /// <summary>Nothing of it can be edited: a different domain is a new claim.</summary>
    protected override bool EditsStartRevisions => false;

    /// <param name="domain">Normalised and validated (<see cref="ShortLinkDomainRules"/>).</param>
    public static ShortLinkDomain Claim(string domain) => new() { Domain = domain, VerificationToken = ShortLinkDomainRules.NewToken() };

    /// <summary>Records the proof; a DRAFT or REJECTED claim is then submitted by the caller.</summary>
    public void MarkVerified(DateTime now, DomainOwnershipProof proof)
    {
        VerifiedAt = now;
        VerifiedBy = proof;
    }

    protected override void ValidateForSubmission()
    {
        if (!IsVerified)
            throw new DomainException(new PreconditionFailedError("DOMAIN_OWNERSHIP", $"Prove that you own {Domain} first (verifyShortLinkDomain)."));
    }
}
