using KooMessage.Platform.Domain;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>One revision of a service number's homepage (主页), reviewed as a whole.</summary>
public sealed class ServiceNumberHomepage : ServiceNumberRevision
{
    private ServiceNumberHomepage()
    {
    }

    /// <summary>A 16:9 png/jpg.</summary>
    public Guid BackgroundImageFileId { get; private set; }

    public string Intro { get; private set; } = null!;

    public IReadOnlyList<Hotline> Hotlines { get; private set; } = [];

    public IReadOnlyList<QuickApp> QuickApps { get; private set; } = [];

    protected override string PartName => "homepage";

    public static ServiceNumberHomepage Start(ServiceNumber serviceNumber, int revision)
    {
        var homepage = new ServiceNumberHomepage();
        homepage.StartRevision(serviceNumber, revision);
        return homepage;
    }

    /// <summary>Replaces the contents; the caller has checked the background image's file and shape.</summary>
    public void Replace(Guid backgroundImageFileId, string intro, IReadOnlyList<Hotline> hotlines, IReadOnlyList<QuickApp> quickApps)
    {
        new InputValidator().ValidateHomepage(intro, hotlines, quickApps).ThrowIfInvalid();
        BackgroundImageFileId = backgroundImageFileId;
        Intro = intro;
        Hotlines = hotlines;
        QuickApps = quickApps;
    }

    protected override void ValidateForSubmission() => new InputValidator().ValidateHomepage(Intro, Hotlines, QuickApps).ThrowIfInvalid();
}
