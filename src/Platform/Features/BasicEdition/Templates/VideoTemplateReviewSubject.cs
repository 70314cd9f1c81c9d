using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTemplateReviewSubject() : ReviewSubject<VideoTemplate>(
    kind: "VideoTemplate", graphTypeName: "VideoTemplate", description: "A video SMS template (视频短信模板) of the basic edition.")
{
    /// <summary>Signatures and templates are reviewed within 2 working hours [console].</summary>
    public override ReviewSla Sla => ReviewSla.WorkingHours(2);
}
