using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Files;

public sealed class FileRefType : NodeObjectType<StoredFile>
{
    public FileRefType() : base("FileRef", "An uploaded file of the tenant, referenced by documents, licences and number files.")
    {
        Field(x => x.Name).Description("The file name the client sent (display only).");
        Field(x => x.ContentType).Description("MIME type detected from the content.");
        Field(x => x.Kind).Description("The type detected from the content.");
        Field(x => x.Purpose).Description("What the file was uploaded for.");
        Field(x => x.Size).Description("Size in bytes.");
        Field(x => x.Sha256).Description("Lower-case hex SHA-256 of the content.");
        Field(x => x.Width, nullable: true).Description("Pixel width of an image or video, read from its header.");
        Field(x => x.Height, nullable: true).Description("Pixel height of an image or video, read from its header.");
        Field(x => x.DurationMs, nullable: true).Description("Duration of an audio or video clip in milliseconds, read from its header.");
        Field<NonNullGraphType<StringGraphType>>("downloadPath").Description("GET this path (with the same credentials) to download the content.")
            .Resolve(c => FileDownloadEndpoint.PathFor(c.Source));
    }
}
