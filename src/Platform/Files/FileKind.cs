using System.ComponentModel;

namespace KooMessage.Platform.Files;

[Description("A file's real type, detected from its content.")]
public enum FileKind
{
    [Description("PDF document.")]
    Pdf,

    [Description("ZIP archive.")]
    Zip,

    [Description("RAR archive.")]
    Rar,

    [Description("PNG image.")]
    Png,

    [Description("JPEG image.")]
    Jpeg,

    [Description("BMP image.")]
    Bmp,

    [Description("GIF image.")]
    Gif,

    [Description("MP3 audio (MPEG-1/2/2.5 Layer III), with or without an ID3v2 tag.")]
    Mpeg,

    [Description("WAV audio (RIFF/WAVE).")]
    Wav,

    [Description("3GP video (ISO base media file with a 3gp/3g2 brand).")]
    ThreeGp,

    [Description("MP4 video (ISO base media file of any other brand).")]
    Mpeg4,

    [Description("Text in UTF-8 (with or without BOM) or UTF-16 (with BOM), e.g. csv/txt number files.")]
    Text,

    [Description("None of the types above.")]
    Unknown,
}
