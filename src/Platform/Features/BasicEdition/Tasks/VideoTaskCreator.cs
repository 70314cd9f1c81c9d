using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>
/// Turns a createVideoTask/previewVideoTask input into a task: validates the settings, requires the
/// approved BASIC_EDITION filing and a template with an approved revision, and reads the numbers with
/// one column per placeholder. Parsing and storing are the send tasks' (<see cref="SendTaskStore"/>);
/// from then on a video task is dispatched, receipted, counted and cancelled like any send task.
/// </summary>
public sealed class VideoTaskCreator(KooMessageDbContext db, SendTaskStore store, TimeProvider clock)
{
    public async Task<PreparedVideoTask> PrepareAsync(VideoTaskInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = (input.Numbers ?? []).OfType<string>().Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var expiryHours = input.ExpiryHours ?? VideoTaskRules.ExpiryDefault;
        var scheduledAt = input.ScheduledAt?.ToUniversalTime();
        new InputValidator()
            .ValidateVideoTask(input.Name, expiryHours, input.SendMode, scheduledAt, now, input.NumberSource, numbers.Count,
                input.NumberFileId is not null, input.IdempotencyKey)
            .ThrowIfInvalid();
        await FilingGate.RequireApprovedAsync(db, ProductArea.BasicEdition, cancellationToken);

        // Public templates and the tenant's own; another tenant's is not found.
        var template = await db.Set<VideoTemplate>().RequireAsync("templateId", input.TemplateId, cancellationToken);
        template.RequireUsable("templateId");
        foreach (var feature in template.ApprovedFeatures)
            await FilingGate.RequireApprovedDocumentAsync(db, ProductArea.BasicEdition, VideoTemplateRules.LetterFor(feature),
                $"The video template '{template.Name}' uses {EnumNames.Of(feature)}: sending it", cancellationToken);
        var file = input.NumberFileId is null ? null
            : (await db.Set<StoredFile>().RequireAsync("numberFileId", input.NumberFileId, cancellationToken))
                .RequireKind("numberFileId", UploadPolicy.AcceptedKinds(FilePurpose.NumberFile));
        var definition = new VideoTaskDefinition(input.Name, string.IsNullOrWhiteSpace(input.IdempotencyKey) ? null : input.IdempotencyKey.Trim(),
            template.Id, expiryHours, input.SendMode, scheduledAt, input.NumberSource, file?.Id);
        var layout = VideoTaskRules.Layout(template.ApprovedParameters.Count);
        return new PreparedVideoTask(definition, template, new NumberInput(layout, file, numbers, ResolveCapability: false));
    }

    /// <summary>号码解析 without storing anything.</summary>
    public Task<NumberParseResult> ParseAsync(PreparedVideoTask prepared, CancellationToken cancellationToken)
        => store.ParseAsync(prepared.Numbers, null, cancellationToken);

    public Task<SendTask?> FindByIdempotencyKeyAsync(string? key, CancellationToken cancellationToken)
        => store.FindByIdempotencyKeyAsync(SendTaskKind.Video, key, cancellationToken);

    /// <summary>Stores task and recipients atomically; video messages carry no short link.</summary>
    public Task<(SendTask Task, NumberParseResult Numbers)> CreateAsync(PreparedVideoTask prepared, CancellationToken cancellationToken)
        => store.StoreAsync(numbers => SendTask.CreateVideo(prepared.Definition, numbers), prepared.Numbers, links: null, plainSmsSegments: 0, cancellationToken);
}
