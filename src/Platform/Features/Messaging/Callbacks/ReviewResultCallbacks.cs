using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// A reviewer's decision on a signature or template of an app with a callback becomes a review.result
/// event, added to the decision's own unit of work (it commits or rolls back with it).
/// </summary>
public sealed class ReviewResultCallbacks(KooMessageDbContext db, TimeProvider clock) : IReviewDecisionObserver
{
    public async Task OnDecidedAsync(ReviewableEntity subject, ReviewEvent decision, CancellationToken cancellationToken)
    {
        var (appId, graphTypeName) = subject switch
        {
            SmsSignature signature => (signature.AppId, SmsSignature.GraphTypeName),
            SmsTemplate template => (template.AppId, SmsTemplate.GraphTypeName),
            _ => (Guid.Empty, ""),
        };
        if (appId == Guid.Empty)
            return;
        var app = await db.Set<SmsApp>().IgnoreQueryFilters()
            .Where(a => a.Id == appId && a.CallbackUrl != null)
            .Select(a => new CallbackApp(a.Id, a.TenantId, a.AppKey))
            .FirstOrDefaultAsync(cancellationToken);
        if (app is null)
            return;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(CallbackEvents.ReviewResult(app, GlobalId.Encode(graphTypeName, subject.Id), graphTypeName,
            EnumNames.Of(decision.From), EnumNames.Of(decision.To), decision.Reason, now, now));
    }
}
