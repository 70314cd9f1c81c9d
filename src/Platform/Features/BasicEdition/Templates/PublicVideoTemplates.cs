using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>Seeds the platform's public video templates (console: 公共模板), usable by every tenant. Text only: media belong to tenants.</summary>
public sealed class PublicVideoTemplates(TimeProvider clock) : IDataSeeder
{
    public static readonly Guid Greeting = Guid.Parse("01930000-0000-7000-8000-000000000101");
    public static readonly Guid Notice = Guid.Parse("01930000-0000-7000-8000-000000000102");

    public async Task SeedAsync(KooMessageDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var templates = new[]
        {
            VideoTemplate.Public(Greeting, "节日问候", "节日快乐", [Frame("尊敬的#p_1#：值此佳节，祝您阖家幸福。"), Frame("#p_2#全体员工敬上")], now),
            VideoTemplate.Public(Notice, "服务通知", "服务通知", [Frame("#p_1#您好，#p_2#"), Frame("详情请咨询客服。")], now),
        };
        var ids = templates.Select(t => t.Id).ToList();
        var existing = await db.Set<VideoTemplate>().IgnoreQueryFilters().Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var missing = templates.Where(t => !existing.Contains(t.Id)).ToList();
        if (missing.Count == 0)
            return;
        db.AddRange(missing);
        try
        {
            using (db.AllowCrossTenantWrites())
                await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
        {
            // Another instance seeded them at the same moment.
            db.ChangeTracker.Clear();
        }
    }

    private static VideoFrame Frame(string text) => new() { Resources = [new VideoResource(VideoResourceKind.Text, text, null, VideoTemplateRules.SizeOfText(text))] };
}
