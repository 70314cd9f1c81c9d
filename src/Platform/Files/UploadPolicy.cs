namespace KooMessage.Platform.Files;

/// <summary>Accepted kinds and size per purpose: the table of DOMAIN.md "Files".</summary>
public static class UploadPolicy
{
    public static IReadOnlyList<FileKind> AcceptedKinds(FilePurpose purpose) => purpose switch
    {
        FilePurpose.Letter => [FileKind.Pdf],
        FilePurpose.SpecialMaterials => [FileKind.Zip, FileKind.Rar],
        FilePurpose.Image => [FileKind.Jpeg, FileKind.Png],
        FilePurpose.AuthorizationImage => [FileKind.Jpeg, FileKind.Png, FileKind.Bmp],
        FilePurpose.NumberFile => [FileKind.Text],
        _ => [],
    };

    public static long MaxBytes(FilePurpose purpose, FilesOptions options)
        => purpose == FilePurpose.NumberFile ? options.MaxNumberFileBytes : options.MaxDocumentBytes;
}
