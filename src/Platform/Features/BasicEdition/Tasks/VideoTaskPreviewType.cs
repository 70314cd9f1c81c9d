using GraphQL.Types;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoTaskPreviewType : ObjectGraphType<VideoTaskPreview>
{
    public VideoTaskPreviewType()
    {
        Name = "VideoTaskPreview";
        Description = "号码解析 of a video task, without creating it.";
        Field(x => x.Numbers).Description("Counts after de-duplication; rows without a value for every placeholder are invalid.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("parameters")
            .Description("The template's placeholders n of #p_n#, ascending: the columns after the phone.").Resolve(c => c.Source.Parameters);
    }
}
