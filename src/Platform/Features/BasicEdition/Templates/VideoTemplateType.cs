using GraphQL.Types;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTemplateType : ReviewableObjectType<VideoTemplate>
{
    public VideoTemplateType() : base("VideoTemplate", "A video SMS template (视频短信模板) of the basic edition.")
    {
        Field(x => x.Name).Description("Up to 100 characters.");
        Field(x => x.Title).Description("The title (主题) of the current revision: up to 20 characters, without 【】.");
        Field("public", x => x.IsPlatformShared).Description("Provided by the platform for every tenant (公共模板).");
        Field(x => x.Frames).Description("The frames of the current revision.");
        Field(x => x.TotalSize).Description("Bytes of all resources of the current revision (at most 2 MB).");
        Field(x => x.ApprovedTitle, nullable: true).Description("The title in force (null until a revision is approved).");
        Field(x => x.ApprovedFrames).Description("The frames in force: what tasks send (empty until a revision is approved).");
        Field(x => x.ContainsQrCode).Description("Whether the current revision declares an image with a QR code (二维码).");
        Field<IEnumerable<VideoTemplateFeature>>("features").Description("What the current revision uses that a 视频短信承诺函 variant of the BASIC_EDITION filing must cover.")
            .Resolve(c => c.Source.Features);
        Field<IEnumerable<VideoTemplateFeature>>("approvedFeatures").Description("What the revision in force uses: a video task needs the matching VIDEO_SMS_COMMITMENT_LETTER_* in the approved BASIC_EDITION filing.")
            .Resolve(c => c.Source.ApprovedFeatures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("parameters")
            .Description("The placeholders n of #p_n# in the approved frames, ascending: the columns of a task's number file after the phone.")
            .Resolve(c => c.Source.ApprovedParameters);
    }
}
