namespace KooMessage.Platform.Files;

/// <summary>What a media file's header says: an image's or a video's pixel size, an audio or video clip's duration.</summary>
public readonly record struct MediaInfo(int? Width, int? Height, int? DurationMs);
