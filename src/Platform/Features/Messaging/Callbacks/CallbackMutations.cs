using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>Tenant admins set an app's callback URL, send it a test event and retry a delivery.</summary>
public sealed class CallbackMutations(IOptions<CallbackOptions> options) : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<SetSmsAppCallbackInput>("setSmsAppCallback")
            .Description("Sets (or with a null url removes) the SMS app's callback URL (回调地址) and issues a new signing secret: "
                + "the platform POSTs HMAC-signed delivery receipts and review results there (TENANT_ADMIN).")
            .Returns<SmsAppType>("smsApp", "The app with its callback URL.")
            .Returns<StringGraphType>("signingSecret", "The secret that signs the callbacks (X-KooMessage-Signature): shown this once; null when the callback was removed.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType))
            .Authorize(Role.TenantAdmin, Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var app = await ctx.Db().Set<SmsApp>().RequireAsync("id", input.Id, ctx.CancellationToken);
                if (input.Url is null)
                {
                    app.SetCallback(null, null, null, ctx.UtcNow());
                    await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                    return MutationPayload.Success(("smsApp", app), ("signingSecret", null));
                }
                var url = CallbackAddressRules.ParseUrl("url", input.Url, options.Value.RequireHttps);
                await ctx.Service<CallbackAddressGuard>().ResolveAsync("url", url.IdnHost, ctx.CancellationToken);
                var secret = CallbackSigningSecrets.New();
                app.SetCallback(url, ctx.Service<CallbackSigningSecrets>().Protect(secret), CallbackSigningSecrets.Display(secret), ctx.UtcNow());
                await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success(("smsApp", app), ("signingSecret", secret));
            });

        mutation.Mutation<PingSmsAppCallbackInput>("pingSmsAppCallback")
            .Description("Queues a test event (type ping) for the app's callback URL; its delivery shows in callbackDeliveries (TENANT_ADMIN).")
            .Returns<CallbackDeliveryType>("callbackDelivery", "The queued event.")
            .Errors(typeof(NotFoundErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(Role.TenantAdmin, Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var app = await ctx.Db().Set<SmsApp>().RequireAsync("id", input.Id, ctx.CancellationToken);
                if (!app.HasCallback)
                    throw new DomainException(new PreconditionFailedError("CALLBACK_URL", "The app has no callback URL: set one with setSmsAppCallback."));
                var delivery = CallbackEvents.Ping(new CallbackApp(app.Id, app.TenantId, app.AppKey), ctx.UtcNow());
                ctx.Db().Add(delivery);
                await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("callbackDelivery", delivery);
            });

        mutation.Mutation<RetryCallbackDeliveryInput>("retryCallbackDelivery")
            .Description("Sends a callback event again now: a FAILED one gets a fresh series of attempts (TENANT_ADMIN).")
            .Returns<CallbackDeliveryType>("callbackDelivery", "The event, due now.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType))
            .Authorize(Role.TenantAdmin, Role.PlatformAdmin)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var delivery = await ctx.Db().Set<CallbackDelivery>().RequireAsync("id", input.Id, ctx.CancellationToken);
                delivery.Retry(ctx.UtcNow());
                await ctx.Db().SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("callbackDelivery", delivery);
            });
    }
}
