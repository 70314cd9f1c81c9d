namespace KooMessage.Platform.Files;

/// <summary>
/// Reads the <see cref="MediaInfo"/> of a whole file of a known kind from its headers: images' pixel
/// sizes (<see cref="ImageHeader"/>), audio durations (<see cref="Mp3Header"/>, <see cref="WavHeader"/>),
/// videos' durations and sizes (<see cref="IsoMediaHeader"/>). Null when the header cannot be read,
/// so a caller that relies on it refuses the file rather than trusting its name. Pure.
/// </summary>
public static class MediaHeader
{
    /// <summary>Whether a kind carries a header this class reads.</summary>
    public static bool IsMedia(FileKind kind) => kind is FileKind.Png or FileKind.Jpeg or FileKind.Gif
        or FileKind.Mpeg or FileKind.Wav or FileKind.ThreeGp or FileKind.Mpeg4;

    public static MediaInfo? TryRead(FileKind kind, ReadOnlySpan<byte> content)
    {
        switch (kind)
        {
            case FileKind.Png or FileKind.Jpeg or FileKind.Gif:
                return ImageHeader.TryReadSize(content, out var width, out var height) ? new MediaInfo(width, height, null) : null;
            case FileKind.Mpeg:
                return Mp3Header.TryReadDuration(content) is { } mp3 ? new MediaInfo(null, null, mp3) : null;
            case FileKind.Wav:
                return WavHeader.TryReadDuration(content) is { } wav ? new MediaInfo(null, null, wav) : null;
            case FileKind.ThreeGp or FileKind.Mpeg4:
                return IsoMediaHeader.TryRead(content);
            default:
                return null;
        }
    }
}
