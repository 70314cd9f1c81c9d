using GraphQL.Types;

namespace KooMessage.Platform.Files;

public sealed class FileKindType : EnumerationGraphType<FileKind>
{
    public FileKindType()
    {
        Name = nameof(FileKind);
        Description = "A file's real type, detected from its content.";
    }
}
