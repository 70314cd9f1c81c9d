using KooMessage.Platform.Data;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks.Gateways;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.SendTasks.Dispatch;

/// <summary>
/// Messages of a smart task: 【signature】 + the SMS template's text with the recipient's values; the
/// card and its short link for SMART, the link in the text for PLAIN_SMS, the text alone for the
/// BASIC_EDITION fallback (no card, no link).
/// </summary>
public sealed class SmartMessageComposer : IMessageComposer
{
    public SendTaskKind Kind => SendTaskKind.Smart;

    public async Task<Func<Recipient, OutgoingMessage>> PrepareAsync(KooMessageDbContext db, SendTask task, CancellationToken cancellationToken)
    {
        var template = await db.Set<SmsTemplate>().AsNoTracking().FirstAsync(t => t.Id == task.SmsTemplateId, cancellationToken);
        var signature = await db.Set<SmsSignature>().AsNoTracking().Where(s => s.Id == task.SignatureId).Select(s => s.Name).FirstAsync(cancellationToken);
        return recipient =>
        {
            var link = recipient.ShortLinkCode is null ? null : $"https://{task.Domain}/{recipient.ShortLinkCode}";
            var text = MessageRenderer.Render(signature, template.Content, template.Variables, recipient.Variables, link);
            return new OutgoingMessage(recipient.MessageId, task.TenantId, task.Id, recipient.Phone, recipient.Channel, text,
                recipient.Channel == RecipientChannel.Smart ? task.SmartTemplateId : null, link, task.Trial);
        };
    }
}
