using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// Messages of a video task: kind VIDEO, the title of the template's approved revision as text, and the
/// template id, the recipient's parameters (#p_n# → value) and the frames' resources — texts filled in,
/// media as references to the uploaded files — as <see cref="VideoContent"/>.
/// </summary>
public sealed class VideoMessageComposer : IMessageComposer
{
    public SendTaskKind Kind => SendTaskKind.Video;

    public async Task<Func<DispatchRecipient, OutgoingMessage>> PrepareAsync(KooMessageDbContext db, SendTask task, CancellationToken cancellationToken)
    {
        // The dispatcher works inside the task's tenant: its own templates and the public ones are visible.
        var template = await db.Set<VideoTemplate>().AsNoTracking().FirstAsync(t => t.Id == task.VideoTemplateId, cancellationToken);
        var fileIds = template.ApprovedFrames.SelectMany(f => f.Resources).Where(r => r.FileId is not null).Select(r => r.FileId!.Value).Distinct().ToList();
        // Public templates' files belong to the platform, not the tenant: looked up by id alone.
        var files = await db.Set<StoredFile>().IgnoreQueryFilters().AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var parameters = template.ApprovedParameters;
        var templateId = GlobalId.Encode(VideoTemplate.GraphTypeName, template.Id);
        var title = template.ApprovedTitle ?? template.Title;
        return recipient =>
        {
            var values = new Dictionary<int, string>(parameters.Count);
            for (var i = 0; i < parameters.Count && i < recipient.Variables.Count; i++)
                values[parameters[i]] = recipient.Variables[i];
            var media = new List<VideoMediaReference>();
            for (var f = 0; f < template.ApprovedFrames.Count; f++)
            {
                foreach (var resource in template.ApprovedFrames[f].Resources)
                {
                    var kind = EnumNames.Of(resource.Kind);
                    if (resource.Kind == VideoResourceKind.Text)
                        media.Add(new VideoMediaReference(f, kind, VideoTemplateRules.Fill(resource.Text ?? string.Empty, values), null, null, resource.Size, null));
                    else if (resource.FileId is { } id && files.TryGetValue(id, out var file))
                        media.Add(new VideoMediaReference(f, kind, null, GlobalId.Encode(StoredFile.GraphTypeName, id), file.ContentType, file.Size, file.Sha256));
                }
            }
            return new OutgoingMessage(recipient.MessageId, task.TenantId, task.Id, recipient.Phone, RecipientChannel.Video, title, null, null, false,
                new VideoContent(templateId, title, values, media));
        };
    }
}
