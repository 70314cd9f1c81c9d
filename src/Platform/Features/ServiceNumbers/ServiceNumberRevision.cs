using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Base of the parts of a service number that change as whole reviewed revisions (menu, homepage):
/// one row per revision, numbered per service number. The live part is the newest APPROVED
/// revision, so approving a newer one replaces it in the same single-row commit; until then the
/// older one stays live. Only the newest revision may be unapproved, and only it is edited.
/// </summary>
public abstract class ServiceNumberRevision : ReviewableEntity
{
    private string? _serviceNumberName;

    public Guid ServiceNumberId { get; private set; }

    /// <summary>1 for the first revision of this part of the service number, then 2, 3…</summary>
    public int Revision { get; private set; }

    /// <summary>The part's name in the reviewers' queue, e.g. "menu".</summary>
    protected abstract string PartName { get; }

    public override string ReviewTitle => $"{_serviceNumberName ?? "Service number"} {PartName}, revision {Revision}";

    /// <summary>Starts revision <paramref name="revision"/> of <paramref name="serviceNumber"/>.</summary>
    protected void StartRevision(ServiceNumber serviceNumber, int revision)
    {
        ServiceNumberId = serviceNumber.Id;
        Revision = revision;
        Describe(serviceNumber);
    }

    /// <summary>Remembers the service number's name for the review title of the next submission.</summary>
    public void Describe(ServiceNumber serviceNumber)
    {
        if (serviceNumber.Id != ServiceNumberId)
            throw new InvalidOperationException("A revision belongs to one service number.");
        _serviceNumberName = serviceNumber.Profile.Name;
    }
}
