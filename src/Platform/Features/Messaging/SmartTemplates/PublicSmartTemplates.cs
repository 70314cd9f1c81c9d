using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>Seeds the platform's public smart templates (console: 公共模板), usable by every tenant.</summary>
public sealed class PublicSmartTemplates(TimeProvider clock) : IDataSeeder
{
    public static readonly Guid Notice = Guid.Parse("01930000-0000-7000-8000-000000000001");
    public static readonly Guid Promotion = Guid.Parse("01930000-0000-7000-8000-000000000002");
    public static readonly Guid Delivery = Guid.Parse("01930000-0000-7000-8000-000000000003");

    public async Task SeedAsync(KooMessageDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var templates = new[]
        {
            SmartTemplate.Public(Notice, "通用通知", [Page(Text(SmartComponentType.Title, "{{title}}"), Text(SmartComponentType.Text, "{{body}}"), Button("查看详情"))],
                [new("title", "标题"), new("body", "正文")], now),
            SmartTemplate.Public(Promotion, "营销活动", [Page(Text(SmartComponentType.Title, "{{campaign}}"), Text(SmartComponentType.Text, "活动时间：{{period}}"), Button("立即参与"))],
                [new("campaign", "活动名称"), new("period", "活动时间")], now),
            SmartTemplate.Public(Delivery, "物流提醒", [Page(Text(SmartComponentType.Title, "您的包裹{{status}}"), Text(SmartComponentType.Text, "运单号：{{waybill}}"), Button("查看物流"))],
                [new("status", "物流状态"), new("waybill", "运单号")], now),
        };
        var ids = templates.Select(t => t.Id).ToList();
        var existing = await db.Set<SmartTemplate>().IgnoreQueryFilters().Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
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

    private static SmartTemplatePage Page(params SmartTemplateComponent[] components) => new() { Components = [.. components] };

    private static SmartTemplateComponent Text(SmartComponentType type, string text) => new(type, text, null, null);

    private static SmartTemplateComponent Button(string text) => new(SmartComponentType.Button, text, null, "https://kmsg.cn/landing");
}
