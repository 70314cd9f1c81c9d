using KooMessage.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>Loads what <see cref="EffectiveServiceNumberResolver"/> needs from the tenant's data: three statements.</summary>
public static class EffectiveServiceNumberLookup
{
    public static async Task<EffectiveServiceNumber?> FindAsync(KooMessageDbContext db, string channelNumber, string signature, Region province,
        CancellationToken cancellationToken)
    {
        var sender = ChannelNumberRules.NormalizeNumber(channelNumber);
        var cleanSignature = ChannelNumberRules.NormalizeSignature(signature);
        if (!ChannelNumberRules.IsValidSender(sender) || cleanSignature.Length == 0)
            return null;

        var channelNumbers = await db.Set<ChannelNumber>().AsNoTracking()
            .Where(c => c.HasApprovedRevision && c.Signatures.Contains(cleanSignature))
            .ToListAsync(cancellationToken);
        if (channelNumbers.Count == 0)
            return null;
        var channelIds = channelNumbers.Select(c => c.Id).ToList();
        var bindings = await db.Set<ChannelNumberBinding>().AsNoTracking()
            .Where(b => channelIds.Contains(b.ChannelNumberId))
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        var serviceNumberIds = bindings.Select(b => b.ServiceNumberId).Distinct().ToList();
        var serviceNumbers = await db.Set<ServiceNumber>().AsNoTracking()
            .Where(s => serviceNumberIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        var result = EffectiveServiceNumberResolver.Resolve(
            sender,
            cleanSignature,
            province,
            channelNumbers.Select(c => (c.Id, c.Type, c.Number, (IReadOnlyCollection<string>)c.Signatures)).ToList(),
            bindings.Select(b => (b.Id, b.ServiceNumberId, b.ChannelNumberId, b.Region)).ToList(),
            id => serviceNumbers.TryGetValue(id, out var s) && s.LiveProfile is { } live
                ? (s.Status == ServiceNumberStatus.Effective, live.SignatureAuthorization)
                : (false, false));
        if (result is not { } found)
            return null;
        var binding = bindings.Single(b => b.Id == found.BindingId);
        return new EffectiveServiceNumber(serviceNumbers[binding.ServiceNumberId], channelNumbers.Single(c => c.Id == found.ChannelNumberId),
            binding, found.BySignatureAuthorization);
    }
}
