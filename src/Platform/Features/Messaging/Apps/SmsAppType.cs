using KooMessage.Platform.GraphQL.Relay;

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
    }
}
