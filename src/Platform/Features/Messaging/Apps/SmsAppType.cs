using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsAppType : NodeObjectType<SmsApp>
{
    public SmsAppType() : base("SmsApp", "An SMS application (短消息应用); a tenant has at most two.")
    {
        Field(x => x.Name).Description("Name, 1–30 characters.");
        Field(x => x.Status).Description("ACTIVE or SUSPENDED.");
        Field(x => x.SuspendedReason).Description("Why a reviewer suspended it.");
        Field(x => x.AppKey, nullable: true).Description("The AppKey (应用凭证) that names the app to the sending API; null for an app created before credentials existed until rotateSmsAppSecret issues them.");
        Field(x => x.AppSecretPrefix, nullable: true).Description("The first characters of the current AppSecret, to tell which one a client holds (the secret itself is shown only when issued).");
        Field(x => x.AppSecretIssuedAt, nullable: true).Description("When the current AppSecret was issued.");
        Field(x => x.CallbackUrl, nullable: true).Description("Where the platform POSTs signed delivery receipts and review results (回调地址); null when none is set.");
        Field(x => x.CallbackSecretPrefix, nullable: true).Description("The first characters of the callback signing secret (shown whole only by setSmsAppCallback).");
        Field(x => x.CallbackSetAt, nullable: true).Description("When the callback URL and its signing secret were set.");
        this.Connection<SmsApp, CallbackDeliveryType, CallbackDelivery>("callbackDeliveries")
            .Description("The app's callback events and how their delivery went, newest first (TENANT_ADMIN).")
            .Filter<CallbackDeliveryFilterInputType>()
            .Authorize(Role.TenantAdmin, Role.PlatformAdmin)
            .Resolve(ctx => ctx.Db().Set<CallbackDelivery>().Where(d => d.AppId == ctx.Source.Id));
    }
}
