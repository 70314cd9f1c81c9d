using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// A video SMS template (视频短信模板): a title and 1–8 frames of text, images, audio and video, with
/// placeholders #p_1#…#p_100# filled per recipient. Platform public templates are shared with every
/// tenant; tenant templates are reviewed. Editing an approved template starts a revision: the approved
/// title and frames are kept in <see cref="ApprovedTitle"/>/<see cref="ApprovedFrames"/> and are what
/// tasks send until the revision is approved.
/// </summary>
public sealed class VideoTemplate : ReviewableEntity, IPlatformShared, ISoftDeletable, INodeEntity
{
    public static string GraphTypeName => "VideoTemplate";

    public static string Noun => "video template";

    public DateTime? DeletedAt { get; set; }

    private VideoTemplate()
    {
    }

    public bool IsPlatformShared { get; private set; }

    public string Name { get; private set; } = null!;

    /// <summary>The title (主题) of the current revision.</summary>
    public string Title { get; private set; } = null!;

    /// <summary>The frames of the current revision.</summary>
    public List<VideoFrame> Frames { get; private set; } = [];

    /// <summary>The title in force, set when a revision is approved.</summary>
    public string? ApprovedTitle { get; private set; }

    /// <summary>The frames in force, set when a revision is approved; what tasks send.</summary>
    public List<VideoFrame> ApprovedFrames { get; private set; } = [];

    /// <summary>Whether an image of the current revision carries a QR code (二维码), as the tenant declares.</summary>
    public bool ContainsQrCode { get; private set; }

    /// <summary>The approved revision's declaration, set when a revision is approved.</summary>
    public bool ApprovedContainsQrCode { get; private set; }

    /// <summary>What the current revision uses that a 视频短信承诺函 variant covers.</summary>
    public IReadOnlyList<VideoTemplateFeature> Features => VideoTemplateRules.FeaturesOf(Frames, ContainsQrCode);

    /// <summary>What the approved revision, the one tasks send, uses.</summary>
    public IReadOnlyList<VideoTemplateFeature> ApprovedFeatures => VideoTemplateRules.FeaturesOf(ApprovedFrames, ApprovedContainsQrCode);

    /// <summary>Bytes of all resources of the current revision.</summary>
    public long TotalSize => Frames.SelectMany(f => f.Resources).Sum(r => r.Size);

    /// <summary>The placeholders of the approved revision, ascending: a task's number-file columns after the phone.</summary>
    public IReadOnlyList<int> ApprovedParameters => VideoTemplateRules.Parameters(ApprovedFrames);

    public override string ReviewTitle => $"Video template {Name}";

    public static VideoTemplate Create(string name, string title, List<VideoFrame> frames, bool containsQrCode, long maxTotalBytes)
    {
        new InputValidator().ValidateVideoTemplate(name, title, frames, maxTotalBytes).ThrowIfInvalid();
        return new VideoTemplate { Name = name.Trim(), Title = title.Trim(), Frames = frames, ContainsQrCode = containsQrCode };
    }

    /// <summary>A public template the platform provides: shared, approved, with a fixed id so seeding is idempotent.</summary>
    public static VideoTemplate Public(Guid id, string name, string title, List<VideoFrame> frames, DateTime now)
    {
        new InputValidator().ValidateVideoTemplate(name, title, frames, long.MaxValue).ThrowIfInvalid();
        var template = new VideoTemplate { Id = id, Name = name, Title = title, Frames = frames, IsPlatformShared = true };
        template.MarkApprovedAsPlatformContent(now);
        return template;
    }

    /// <summary>Changes the current revision; the caller began the edit through the review workflow.</summary>
    public void Update(string name, string title, List<VideoFrame> frames, bool containsQrCode, long maxTotalBytes)
    {
        RequireTenantOwned();
        new InputValidator().ValidateVideoTemplate(name, title, frames, maxTotalBytes).ThrowIfInvalid();
        (Name, Title, Frames, ContainsQrCode) = (name.Trim(), title.Trim(), frames, containsQrCode);
    }

    /// <summary>Public templates are used by every tenant and changed by none.</summary>
    public void RequireTenantOwned()
    {
        if (IsPlatformShared)
            throw new DomainException(new InvalidStateError("PUBLIC", "Public templates are managed by the platform."));
    }

    /// <summary>A task may use it once a revision is approved; the approved one stays usable while a newer one is reviewed.</summary>
    public void RequireUsable(string field)
    {
        if (!HasApprovedRevision)
            throw new DomainException(new PreconditionFailedError("APPROVED_VIDEO_TEMPLATE",
                $"The video template '{Name}' is {EnumNames.Of(ReviewStatus)}; a task needs an APPROVED template ({field})."));
    }

    protected override void OnApproved(DateTime now)
    {
        ApprovedTitle = Title;
        ApprovedContainsQrCode = ContainsQrCode;
        // Copies down to the resources: EF tracks an owned instance under one owner only.
        ApprovedFrames = Frames.Select(f => f with { Resources = [.. f.Resources.Select(r => r with { })] }).ToList();
    }
}
