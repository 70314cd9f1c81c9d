using GraphQL.Types;

namespace KooMessage.Platform.Files;

public sealed class UploadFileInputType : InputObjectGraphType<UploadFileInput>
{
    public UploadFileInputType()
    {
        Name = "UploadFileInput";
        Field(x => x.File, type: typeof(NonNullGraphType<UploadGraphType>)).Description("The file (multipart request).");
        Field(x => x.Purpose).Description("What it is for; decides accepted types and size.");
    }
}
