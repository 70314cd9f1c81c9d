using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Filings;

/// <summary>
/// "An approved SMART_MESSAGE filing before SMS apps …" (DOMAIN.md gates): features call this before
/// creating what a filing covers. An approved revision stays in force while a newer one is reviewed.
/// </summary>
public static class FilingGate
{
    public static Task<bool> IsApprovedAsync(KooMessageDbContext db, ProductArea area, CancellationToken cancellationToken)
        => db.Set<Filing>().AnyAsync(f => f.ProductArea == area && f.HasApprovedRevision, cancellationToken);

    /// <summary>
    /// The SMART_MESSAGE filing's kinds gate what they name [console]: SEND_TASK (发送任务) send tasks,
    /// SHORT_LINK (短链) links on the tenant's own domain. The approved revision's kinds count.
    /// </summary>
    public static async Task RequireApprovedUsageAsync(KooMessageDbContext db, SmartMessageUsage usage, CancellationToken cancellationToken)
    {
        await RequireApprovedAsync(db, ProductArea.SmartMessage, cancellationToken);
        // Flags are stored by name ("SendTask, ShortLink"), so the one row's value is tested here rather than in SQL.
        var approved = await db.Set<Filing>().Where(f => f.ProductArea == ProductArea.SmartMessage && f.HasApprovedRevision)
            .Select(f => f.ApprovedUsage).FirstAsync(cancellationToken);
        if (!approved.HasFlag(usage))
        {
            var kind = usage == SmartMessageUsage.SendTask ? "SEND_TASK" : "SHORT_LINK";
            throw new DomainException(new PreconditionFailedError($"{kind}_FILING",
                $"The approved SMART_MESSAGE filing does not cover {kind} ({(usage == SmartMessageUsage.SendTask ? "发送任务" : "短链")}): add the kind to the filing and have it approved again."));
        }
    }

    /// <summary>
    /// A document a feature needs in the area's filing (公司关系授权函 for a signature that is not the enterprise
    /// name, a 视频短信承诺函 for a video template using what it covers): the approved revision's documents count.
    /// </summary>
    public static async Task RequireApprovedDocumentAsync(KooMessageDbContext db, ProductArea area, DocumentType document, string why, CancellationToken cancellationToken)
    {
        if (!await db.Set<Filing>().AnyAsync(f => f.ProductArea == area && f.HasApprovedRevision && f.ApprovedDocuments.Any(d => d.Type == document), cancellationToken))
        {
            var name = EnumNames.Of(document);
            throw new DomainException(new PreconditionFailedError(name,
                $"{why} needs {name} in the approved {EnumNames.Of(area)} filing: add it to the filing and have it approved again."));
        }
    }

    public static async Task RequireApprovedAsync(KooMessageDbContext db, ProductArea area, CancellationToken cancellationToken)
    {
        if (!await IsApprovedAsync(db, area, cancellationToken))
        {
            var name = EnumNames.Of(area);
            throw new DomainException(new PreconditionFailedError($"APPROVED_{name}_FILING",
                $"An approved {name} filing is required first: save and submit it, then wait for the platform's review."));
        }
    }
}
