namespace KooMessage.Platform.Files;

public sealed class UploadFileInput
{
    public UploadedFile File { get; set; } = null!;

    public FilePurpose Purpose { get; set; }
}
