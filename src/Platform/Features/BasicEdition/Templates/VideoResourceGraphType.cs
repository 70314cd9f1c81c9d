using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;

namespace KooMessage.Platform.Features.BasicEdition;

public sealed class VideoResourceGraphType : ObjectGraphType<VideoResource>
{
    public VideoResourceGraphType()
    {
        Name = "VideoResource";
        Description = "One resource of a video template frame (素材).";
        Field(x => x.Kind).Description("TEXT, IMAGE, AUDIO or VIDEO.");
        Field(x => x.Text, nullable: true).Description("TEXT: the text, with placeholders #p_1#…#p_100#.");
        Field(x => x.Size).Description("Bytes it adds to the message.");
        Field<FileRefType>("file").Description("The uploaded file (media, or the txt a TEXT came from).")
            .Resolve(c => c.Source.FileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
    }
}
