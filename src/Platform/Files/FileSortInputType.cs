using KooMessage.Platform.GraphQL.Sorting;

namespace KooMessage.Platform.Files;

public sealed class FileSortInputType : SortInputType<StoredFile>
{
    public FileSortInputType() : base("FileSortInput", "Sort order of uploaded files.")
    {
        Sort("name", f => f.Name);
        Sort("size", f => f.Size);
        Sort("createdAt", f => f.CreatedAt);
    }
}
