using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Files;

public sealed class FileRefType : NodeObjectType<StoredFile>
{
    public FileRefType() : base("FileRef", "An uploaded file of the tenant, referenced by documents, licences and number files.")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("The file name the client sent (display only).").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("MIME type detected from the content.").Resolve(c => c.Source.ContentType);
        Field<NonNullGraphType<FileKindType>>("kind").Description("The type detected from the content.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<FilePurposeType>>("purpose").Description("What the file was uploaded for.").Resolve(c => c.Source.Purpose);
        Field<NonNullGraphType<LongGraphType>>("size").Description("Size in bytes.").Resolve(c => c.Source.Size);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("Lower-case hex SHA-256 of the content.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<StringGraphType>>("downloadPath").Description("GET this path (with the same credentials) to download the content.")
            .Resolve(c => FileDownloadEndpoint.PathFor(c.Source));
    }
}
