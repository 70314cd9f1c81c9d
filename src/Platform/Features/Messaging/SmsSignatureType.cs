using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmsSignatureType : ReviewableObjectType<SmsSignature>
{
    public SmsSignatureType() : base("SmsSignature", "An SMS signature (短消息签名), sent as 【name】; usable once APPROVED (处理完毕).")
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("2–16 characters, without 【】.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<SmsTypeType>>("type").Description("NOTIFICATION or PROMOTION.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<SignatureSourceType>>("source").Description("Where the name comes from.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<BooleanGraphType>>("involvesThirdParty").Description("Whether it names a third party (needs an authorisation).").Resolve(c => c.Source.InvolvesThirdParty);
        Field<StringGraphType>("applicationNote").Description("Note for the reviewer, ≤80 characters.").Resolve(c => c.Source.ApplicationNote);
        Field<NonNullGraphType<BooleanGraphType>>("usable").Description("Whether messages can be sent with it (APPROVED).").Resolve(c => c.Source.IsUsable);
        Field<NonNullGraphType<SmsAppType>>("app").Description("The app it belongs to.").Resolve(c => EntityLoaders.ById<SmsApp>(c).Load(c.Source.AppId));
        Field<FileRefType>("license").Description("Licence or authorisation file.")
            .Resolve(c => c.Source.LicenseFileId is { } id ? EntityLoaders.ById<StoredFile>(c).Load(id) : null);
    }
}
