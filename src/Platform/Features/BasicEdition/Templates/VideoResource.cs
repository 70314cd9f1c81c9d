namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// One resource of a frame. Text is kept inline (also when it came from an uploaded txt, whose id is
/// kept too) so placeholders resolve without reading a blob; media are references to uploaded files.
/// <see cref="Size"/> is the bytes it adds to the message: the file's size, or the text's UTF-8 length.
/// </summary>
public sealed record VideoResource(VideoResourceKind Kind, string? Text, Guid? FileId, long Size);
