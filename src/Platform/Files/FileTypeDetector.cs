namespace KooMessage.Platform.Files;

/// <summary>
/// Recognises file types by magic bytes (a PDF starts with "%PDF-", a PNG with its 8-byte
/// signature, audio and video by their container's first box or frame …). A renamed executable stays Unknown whatever its extension says.
/// </summary>
public static class FileTypeDetector
{
    /// <summary>Bytes of the head needed to decide; text is judged on this much too.</summary>
    public const int HeadLength = 4096;

    private static readonly (FileKind Kind, byte[] Magic)[] Signatures =
    [
        (FileKind.Pdf, "%PDF-"u8.ToArray()),
        (FileKind.Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (FileKind.Jpeg, [0xFF, 0xD8, 0xFF]),
        (FileKind.Gif, "GIF87a"u8.ToArray()),
        (FileKind.Gif, "GIF89a"u8.ToArray()),
        (FileKind.Zip, [0x50, 0x4B, 0x03, 0x04]),
        (FileKind.Zip, [0x50, 0x4B, 0x05, 0x06]),
        (FileKind.Rar, [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00]),
        (FileKind.Rar, [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00]),
        (FileKind.Bmp, "BM"u8.ToArray()),
    ];

    public static FileKind Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (kind, magic) in Signatures)
        {
            if (head.StartsWith(magic))
                return kind;
        }
        if (IsoMediaHeader.BrandOf(head) is { } video)
            return video;
        if (WavHeader.IsWav(head))
            return FileKind.Wav;
        if (Mp3Header.IsMp3(head))
            return FileKind.Mpeg;
        return TextContent.LooksLikeText(head) ? FileKind.Text : FileKind.Unknown;
    }

    public static string ContentTypeOf(FileKind kind, ReadOnlySpan<byte> head) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Zip => "application/zip",
        FileKind.Rar => "application/vnd.rar",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Bmp => "image/bmp",
        FileKind.Gif => "image/gif",
        FileKind.Mpeg => "audio/mpeg",
        FileKind.Wav => "audio/wav",
        FileKind.ThreeGp => "video/3gpp",
        FileKind.Mpeg4 => "video/mp4",
        FileKind.Text => $"text/plain; charset={TextContent.CharsetOf(head)}",
        _ => "application/octet-stream",
    };
}
