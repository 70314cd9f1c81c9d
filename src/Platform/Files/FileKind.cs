namespace KooMessage.Platform.Files;

/// <summary>What a file really is, decided by its first bytes, never by its name.</summary>
public enum FileKind
{
    Pdf,
    Zip,
    Rar,
    Png,
    Jpeg,
    Bmp,
    Gif,
    /// <summary>UTF-8 text (with or without BOM), e.g. csv/txt number files.</summary>
    Text,
    Unknown,
}
