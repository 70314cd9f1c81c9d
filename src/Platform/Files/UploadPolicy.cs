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
        FilePurpose.VideoSmsResource => [FileKind.Jpeg, FileKind.Png, FileKind.Gif, FileKind.Mpeg, FileKind.Wav, FileKind.ThreeGp, FileKind.Mpeg4, FileKind.Text],
        _ => [],
    };

    /// <summary>Purposes whose files must have a readable media header (size, duration) and text only in UTF-8.</summary>
    public static bool RequiresReadableHeader(FilePurpose purpose) => purpose == FilePurpose.VideoSmsResource;

    public static long MaxBytes(FilePurpose purpose, FilesOptions options)
        => purpose switch
        {
            FilePurpose.NumberFile => options.MaxNumberFileBytes,
            FilePurpose.VideoSmsResource => options.MaxVideoSmsResourceBytes,
            _ => options.MaxDocumentBytes,
        };
}
