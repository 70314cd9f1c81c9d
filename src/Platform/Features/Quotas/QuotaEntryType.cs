using GraphQL.Types;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.Quotas;

public sealed class QuotaEntryType : NodeObjectType<QuotaEntry>
{
    public QuotaEntryType() : base(QuotaEntry.GraphTypeName, "One line of the usage ledger (用量明细): a grant, revocation, reservation, consumption or refund.")
    {
        Field(x => x.Kind).Description("What happened.");
        Field(x => x.Product).Description("The product.");
        Field(x => x.Quantity).Description("Units (always positive; the kind says which way they went).");
        Field<NonNullGraphType<IdGraphType>>("packageId").Description("The package's global ID.")
            .Resolve(c => GlobalId.Encode(QuotaPackage.GraphTypeName, c.Source.PackageId));
        Field<IdGraphType>("taskId").Description("The task's global ID (SendTask, for tasks of either kind, as receipt callbacks name it); null for grants and revocations.")
            .Resolve(c => c.Source.TaskId is { } id ? GlobalId.Encode("SendTask", id) : null);
    }
}
