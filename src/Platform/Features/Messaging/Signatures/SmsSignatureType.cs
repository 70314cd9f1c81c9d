using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureType : ReviewableObjectType<SmsSignature>
{
    public SmsSignatureType() : base("SmsSignature", "An SMS signature (短消息签名), sent as 【name】; usable once APPROVED (处理完毕).")
    {
        Field(x => x.Name).Description("2–16 characters, without 【】.");
        Field(x => x.Type).Description("NOTIFICATION or PROMOTION.");
        Field(x => x.Source).Description("Where the name comes from.");
        Field(x => x.InvolvesThirdParty).Description("Whether it names a third party (needs an authorisation).");
        Field(x => x.ApplicationNote).Description("Note for the reviewer, ≤80 characters.");
        Field("usable", x => x.IsUsable).Description("Whether messages can be sent with it (APPROVED).");
        Field<NonNullGraphType<SmsAppType>>("app").Description("The app it belongs to.").Resolve(c => EntityLoaders.ById<SmsApp>(c).Load(c.Source.AppId));
        Field<FileRefType>("license").Description("Licence or authorisation file.")
            .Resolve(c => c.Source.LicenseFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
    }
}
