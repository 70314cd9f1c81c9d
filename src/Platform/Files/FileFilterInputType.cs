using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Files;

public sealed class FileFilterInputType : FilterInputType<StoredFile>
{
    public FileFilterInputType() : base("FileFilterInput", "Conditions on uploaded files.")
    {
        Id("id", f => f.Id, "FileRef");
        Text("name", f => f.Name);
        Enum("purpose", f => f.Purpose);
        Enum("kind", f => f.Kind);
        Text("sha256", f => f.Sha256);
        Time("createdAt", f => f.CreatedAt);
    }
}
