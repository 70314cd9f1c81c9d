using System.ComponentModel;

namespace KooMessage.Platform.Files;

public sealed record UploadFileInput
{
    [Description("The file (multipart request).")] public required UploadedFile File { get; init; }

    [Description("What it is for; decides accepted types and size.")] public required FilePurpose Purpose { get; init; }
}
