using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class ShortLinkDomainType : ReviewableObjectType<ShortLinkDomain>
{
    public ShortLinkDomainType() : base(ShortLinkDomain.GraphTypeName, "A tenant's own short-link domain (自有短链域名); a task's links may use it once verified and APPROVED.")
    {
        Field(x => x.Domain).Description("The host name, lower case.");
        Field(x => x.VerificationToken).Description("What to publish to prove ownership: the value of the TXT record, or the body of the HTTP token file.");
        Field("txtRecordName", x => ShortLinkDomainRules.TxtRecordName(x.Domain)).Description("Where the TXT record goes (_koomessage-verify.<domain>).");
        Field("httpTokenUrl", x => $"https://{x.Domain}{ShortLinkDomainRules.WellKnownPath}").Description("Where the token file goes instead (http:// is tried too).");
        Field("verified", x => x.IsVerified).Description("Whether ownership was proven.");
        Field(x => x.VerifiedAt).Description("When ownership was proven.");
        Field(x => x.VerifiedBy, nullable: true).Description("How ownership was proven.");
        Field("usable", x => x.IsUsable).Description("Whether tasks' links may use it (verified and APPROVED).");
    }
}
