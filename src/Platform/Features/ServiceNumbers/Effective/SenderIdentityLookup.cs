using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Loads, for one signature, the tenant's service numbers its messages show (<see cref="SenderIdentityRules"/>):
/// three statements, once per dispatch lease, then a lookup per recipient by the province of its number.
/// </summary>
public static class SenderIdentityLookup
{
    public static async Task<Func<string, ServiceNumber?>> LoadAsync(KooMessageDbContext db, string signature, CancellationToken cancellationToken)
    {
        var clean = ChannelNumberRules.NormalizeSignature(signature);
        var channelIds = await db.Set<ChannelNumber>().AsNoTracking()
            .Where(c => c.HasApprovedRevision && c.Signatures.Contains(clean))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        if (channelIds.Count == 0)
            return static _ => null;
        var bindings = await db.Set<ChannelNumberBinding>().AsNoTracking()
            .Where(b => channelIds.Contains(b.ChannelNumberId))
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .Select(b => new { b.ServiceNumberId, b.Region })
            .ToListAsync(cancellationToken);
        var serviceNumberIds = bindings.Select(b => b.ServiceNumberId).Distinct().ToList();
        var effective = (await db.Set<ServiceNumber>().AsNoTracking()
                .Where(s => serviceNumberIds.Contains(s.Id) && s.Status == ServiceNumberStatus.Effective)
                .ToListAsync(cancellationToken))
            .Where(s => s.LiveProfile is not null)
            .ToDictionary(s => s.Id);
        var byRegion = SenderIdentityRules.ByRegion(bindings.Where(b => effective.ContainsKey(b.ServiceNumberId)).Select(b => (b.ServiceNumberId, b.Region)));
        if (byRegion.Count == 0)
            return static _ => null;
        return phone => SenderIdentityRules.Choose(byRegion, PhoneProvinces.Of(phone)) is { } id ? effective[id] : null;
    }
}
