namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// What a phone shows for a message (DOMAIN.md "Binding"): the message's sender must match a channel
/// number carrying the message's signature. The most specific such channel number (exact, then the
/// longest prefix, then a suffix) with a binding covering the phone's province to an EFFECTIVE
/// service number decides. Failing that, a binding of any channel number with the same signature
/// applies when its service number has signature authorisation on ("every channel number of the
/// signature receives it"). Pure: the caller loads the tenant's approved channel numbers carrying
/// the signature, their bindings (oldest first) and the service numbers' state.
/// </summary>
public static class EffectiveServiceNumberResolver
{
    public static (Guid ChannelNumberId, Guid BindingId, bool BySignatureAuthorization)? Resolve(
        string sender,
        string signature,
        Region province,
        IReadOnlyList<(Guid Id, ChannelNumberKind Kind, string Number, IReadOnlyCollection<string> Signatures)> channelNumbers,
        IReadOnlyList<(Guid Id, Guid ServiceNumberId, Guid ChannelNumberId, Region Region)> bindings,
        Func<Guid, (bool Shows, bool SignatureAuthorization)> serviceNumber)
    {
        var carrying = channelNumbers.Where(c => c.Signatures.Contains(signature, StringComparer.Ordinal)).ToList();
        var matched = carrying
            .Where(c => ChannelNumberRules.Matches(c.Kind, c.Number, sender))
            .OrderByDescending(c => ChannelNumberRules.Specificity(c.Kind, c.Number))
            .ThenBy(c => c.Number, StringComparer.Ordinal)
            .ToList();
        if (matched.Count == 0)
            return null;

        foreach (var channelNumber in matched)
        {
            foreach (var binding in bindings.Where(b => b.ChannelNumberId == channelNumber.Id && BindingRules.Covers(b.Region, province)))
            {
                if (serviceNumber(binding.ServiceNumberId).Shows)
                    return (channelNumber.Id, binding.Id, false);
            }
        }

        var signatureChannels = carrying.Select(c => c.Id).ToHashSet();
        foreach (var binding in bindings.Where(b => signatureChannels.Contains(b.ChannelNumberId) && BindingRules.Covers(b.Region, province)))
        {
            var state = serviceNumber(binding.ServiceNumberId);
            if (state.Shows && state.SignatureAuthorization)
                return (matched[0].Id, binding.Id, true);
        }
        return null;
    }
}
