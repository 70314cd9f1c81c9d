using System.Text;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// Turns the frames of a template input into <see cref="VideoFrame"/>s: loads every referenced file of
/// the tenant in one query (another tenant's file is not found), checks each is a VIDEO_SMS_RESOURCE of
/// a kind its resource takes, and reads uploaded txt resources inline. Counts and texts are the
/// entity's rules; this only resolves references.
/// </summary>
public sealed class VideoResourceResolver(KooMessageDbContext db, IBlobStore blobs)
{
    public static IReadOnlyList<FileKind> AcceptedKinds(VideoResourceKind kind) => kind switch
    {
        VideoResourceKind.Text => [FileKind.Text],
        VideoResourceKind.Image => [FileKind.Jpeg, FileKind.Png, FileKind.Gif],
        VideoResourceKind.Audio => [FileKind.Mpeg, FileKind.Wav],
        _ => [FileKind.ThreeGp, FileKind.Mpeg4],
    };

    public async Task<List<VideoFrame>> ResolveAsync(IReadOnlyList<VideoFrameInput> frames, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>();
        for (var f = 0; f < frames.Count; f++)
        {
            for (var r = 0; r < frames[f].Resources.Count; r++)
            {
                var id = frames[f].Resources[r].FileId;
                if (id is null || ids.ContainsKey(id))
                    continue;
                if (!GlobalId.TryDecode(id, StoredFile.GraphTypeName, out var key))
                    throw new DomainException(NotFoundError.For(FieldOf(f, r), id, StoredFile.Noun));
                ids[id] = key;
            }
        }
        var keys = ids.Values.ToList();
        var files = await db.Set<StoredFile>().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);

        var resolved = new List<VideoFrame>(frames.Count);
        for (var f = 0; f < frames.Count; f++)
        {
            var resources = new List<VideoResource>(frames[f].Resources.Count);
            for (var r = 0; r < frames[f].Resources.Count; r++)
            {
                var input = frames[f].Resources[r];
                var file = input.FileId is null ? null
                    : files.GetValueOrDefault(ids[input.FileId]) ?? throw new DomainException(NotFoundError.For(FieldOf(f, r), input.FileId, StoredFile.Noun));
                resources.Add(await ResourceAsync(FieldOf(f, r), input, file, cancellationToken));
            }
            resolved.Add(new VideoFrame { Resources = resources });
        }
        return resolved;
    }

    private async Task<VideoResource> ResourceAsync(string field, VideoResourceInput input, StoredFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            var text = input.Kind == VideoResourceKind.Text ? input.Text?.Trim() : null;
            return new VideoResource(input.Kind, text, null, text is null ? 0 : VideoTemplateRules.SizeOfText(text));
        }
        if (input.Kind == VideoResourceKind.Text && input.Text is not null)
            throw new DomainException(new ValidationError(field, "A TEXT resource is either inline text or an uploaded txt, not both."));
        file.RequireKind(field, AcceptedKinds(input.Kind));
        if (file.Purpose != FilePurpose.VideoSmsResource)
            throw new DomainException(new ValidationError(field, $"'{file.Name}' was uploaded as {EnumNames.Of(file.Purpose)}; upload it as VIDEO_SMS_RESOURCE so its header is checked."));
        if (input.Kind != VideoResourceKind.Text)
            return new VideoResource(input.Kind, null, file.Id, file.Size);
        // An uploaded txt is at most a resource's size (2 MB) and was proven UTF-8 at upload.
        await using var content = await blobs.OpenReadAsync(file.BlobKey, cancellationToken);
        using var reader = new StreamReader(content, Encoding.UTF8);
        var fromFile = (await reader.ReadToEndAsync(cancellationToken)).Trim();
        return new VideoResource(VideoResourceKind.Text, fromFile, file.Id, file.Size);
    }

    private static string FieldOf(int frame, int resource) => $"frames[{frame}].resources[{resource}].fileId";
}
