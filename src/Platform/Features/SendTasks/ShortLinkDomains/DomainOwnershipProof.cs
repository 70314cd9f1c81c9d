using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("How a tenant proved it owns a short-link domain.")]
public enum DomainOwnershipProof
{
    [Description("A DNS TXT record _koomessage-verify.<domain> whose value is the token.")] DnsTxt,
    [Description("The token served at http(s)://<domain>/.well-known/koomessage-verify.txt.")] HttpToken,
}
