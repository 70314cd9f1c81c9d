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

    [Description("Text in UTF-8 (with or without BOM) or UTF-16 (with BOM), e.g. csv/txt number files.")]
    Text,

    [Description("None of the types above.")]
    Unknown,
}
