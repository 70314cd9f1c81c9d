using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class NonCapableRangeType : NodeObjectType<NonCapableRange>
{
    public NonCapableRangeType() : base("NonCapableRange", "A number range whose phones cannot render smart cards (operator-managed).")
    {
        Field(x => x.Prefix).Description("Leading digits of the national number.");
        Field(x => x.Note).Description("Why.");
    }
}
