using GraphQL.Types;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Description = "How many items are in one status (statuses without items are left out).";
        Field(x => x.Status).Description("The status, spelled as the item's status enum value (e.g. APPROVED, ACTIVE, SENDING).");
        Field(x => x.Count).Description("Items in that status.");
    }
}
