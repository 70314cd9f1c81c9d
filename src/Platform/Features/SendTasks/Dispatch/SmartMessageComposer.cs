using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.ServiceNumbers;
using KooMessage.Platform.Features.SendTasks.Gateways;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Messages of a smart task: 【signature】 + the SMS template's text with the recipient's values; the
/// card and its short link for SMART, the link in the text for PLAIN_SMS, the text alone for the
/// BASIC_EDITION fallback (no card, no link). A SMART message carries the card's values by parameter
/// name (an unmapped parameter is empty) and the service number it is sent under, when a channel number
/// carrying the signature is bound to an EFFECTIVE one for the recipient's province or nationwide.
/// </summary>
public sealed class SmartMessageComposer : IMessageComposer
{
    public SendTaskKind Kind => SendTaskKind.Smart;

    public async Task<Func<DispatchRecipient, OutgoingMessage>> PrepareAsync(KooMessageDbContext db, SendTask task, CancellationToken cancellationToken)
    {
        var template = await db.Set<SmsTemplate>().AsNoTracking().FirstAsync(t => t.Id == task.SmsTemplateId, cancellationToken);
        var signature = await db.Set<SmsSignature>().AsNoTracking().Where(s => s.Id == task.SignatureId).Select(s => s.Name).FirstAsync(cancellationToken);
        var senders = await SenderIdentityLookup.LoadAsync(db, signature, cancellationToken);
        var parameters = (await db.Set<SmartTemplate>().AsNoTracking().FirstAsync(t => t.Id == task.SmartTemplateId, cancellationToken)).Parameters
            .Select(p => p.Name).ToArray();
        // What every message of the task shares is worked out here, once: per recipient only its values are filled in.
        var text = MessageRenderer.Compile(signature, template.Content, template.Variables);
        var linkPrefix = $"https://{task.Domain}/";
        return recipient =>
        {
            var link = recipient.ShortLinkCode is null ? null : linkPrefix + recipient.ShortLinkCode;
            return new OutgoingMessage(recipient.MessageId, task.TenantId, task.Id, recipient.Phone, recipient.Channel, text.Render(recipient.Variables, link),
                recipient.Channel == RecipientChannel.Smart ? task.SmartTemplateId : null, link, task.Trial,
                CardParameters: recipient.Channel == RecipientChannel.Smart ? CardValues(parameters, recipient.Parameters) : null,
                Sender: recipient.Channel == RecipientChannel.Smart && senders(recipient.Phone) is { LiveProfile: { } profile } serviceNumber
                    ? new SenderIdentity(serviceNumber.Id, profile.Name, profile.LogoFileId)
                    : null);
        };
    }

    private static Dictionary<string, string> CardValues(string[] parameters, List<string> values)
    {
        var card = new Dictionary<string, string>(parameters.Length, StringComparer.Ordinal);
        for (var i = 0; i < parameters.Length; i++)
            card[parameters[i]] = i < values.Count ? values[i] : string.Empty;
        return card;
    }
}
