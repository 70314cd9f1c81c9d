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
